/**
 * @barnets-basta/sip: SIP meeting forms organised by the wheel's areas, and the public-sector
 * form building blocks they share. Import the styles once: `import '@barnets-basta/sip/styles.css'`
 * (after `@barnets-basta/wheel/styles.css`, whose theme tokens it uses).
 */
export * from './form/index.ts';
export * from './draft/index.ts';
export * from './plan/index.ts';
