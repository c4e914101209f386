export { ErrorMessage, type ErrorMessageProps } from './error-message.tsx';
