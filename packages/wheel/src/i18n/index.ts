/** The package's message catalogues. The views' catalogue is added here when it exists. */
export * from './messages.ts';
