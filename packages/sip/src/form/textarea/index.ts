export { Textarea, countCharacters, type TextareaProps } from './textarea.tsx';
