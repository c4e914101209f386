export { TextInput, type TextInputProps, type TextInputWidth } from './text-input.tsx';
