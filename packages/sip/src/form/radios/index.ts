export { Radios, type RadiosProps, type ChoiceOption } from './radios.tsx';
