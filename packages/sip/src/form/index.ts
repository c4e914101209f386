/**
 * Public-sector form building blocks (after the GOV.UK Design System): labelled controls with
 * hints and errors, fieldsets, a character count, a three-field date input and an error summary.
 */
export { FormLocaleProvider, type FormLocaleProviderProps } from './internal/form-context.tsx';
export * from './hint/index.ts';
export * from './error-message/index.ts';
export * from './field/index.ts';
export * from './fieldset/index.ts';
export * from './text-input/index.ts';
export * from './textarea/index.ts';
export * from './radios/index.ts';
export * from './checkboxes/index.ts';
export * from './select/index.ts';
export * from './date-input/index.ts';
export * from './error-summary/index.ts';
export { formMessages, type FormMessages } from '../i18n/form-messages.ts';
