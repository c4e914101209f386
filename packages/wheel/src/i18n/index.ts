/** The package's message catalogues: the wheel's and the views'. */
export * from './messages.ts';
export * from './views-messages.ts';
