// custom-elements.json: read by IDEs, Storybook and e-service platforms to list our elements'
// attributes, properties, events and CSS properties (from the JSDoc tags on each class).
export default {
  globs: ['src/**/*.ts', 'src/**/*.tsx'],
  exclude: ['src/**/*.test.*', 'src/**/*.stories.*', 'src/**/test-*'],
  outdir: '.',
};
