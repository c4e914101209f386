export { Wheel, type WheelProps } from './wheel.tsx';
export { wheelMessages, type WheelMessages } from '../i18n/messages.ts';
