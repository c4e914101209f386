export { DateInput, type DateInputProps } from './date-input.tsx';
export {
  parseDateParts,
  isoToDateParts,
  type DateParts,
  type DatePartName,
  type DatePartsResult,
} from './parse-date-parts.ts';
