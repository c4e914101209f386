/**
 * `@barnets-basta/core/form`: the wheel's one form contract, the fields `<Wheel name>` and
 * `<bb-wheel>` submit to a host's form. Its own entry so that the default entry stays within its
 * budget for hosts that never post a plain form (ADR 5).
 *
 * @example
 * ```ts
 * import { wheelFormFields } from '@barnets-basta/core/form';
 * for (const [key, value] of wheelFormFields('hjul', assessment)) formData.append(key, value);
 * ```
 */
export { areaFormFields, wheelFieldName, wheelFormFields } from './form-fields.ts';
export type { WheelFieldPart, WheelFormOptions } from './form-fields.ts';
