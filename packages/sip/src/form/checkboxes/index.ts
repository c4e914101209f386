export { Checkboxes, type CheckboxesProps } from './checkboxes.tsx';
