export { Hint, type HintProps } from './hint.tsx';
