/**
 * @barnets-basta/wheel: the accessible Barnets bästa-hjulet wheel for React.
 * Import the styles once: `import '@barnets-basta/wheel/styles.css'`.
 */
export * from './wheel/index.ts';
export * from './views/index.ts';
