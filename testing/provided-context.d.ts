// Values that vitest.config.ts hands to tests through `provide` and that they read with `inject`.
declare module 'vitest' {
  export interface ProvidedContext {
    /** The React major version the project runs (19, or 18 in the `react18` project). */
    reactMajor: number;
  }
}

export {};
