export { Fieldset, type FieldsetProps, type LegendHeading } from './fieldset.tsx';
