export { Field, type FieldProps, type FieldControlProps, type FieldCommonProps } from './field.tsx';
