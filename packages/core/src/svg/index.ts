/**
 * @barnets-basta/core/svg: a wheel as a standalone SVG file and its text equivalent, made from
 * data alone, with no browser and no DOM (for PDF templates, XSLT and archives).
 *
 * @example
 * ```ts
 * import { staticWheelSvg, staticWheelText } from '@barnets-basta/core/svg';
 * const svg = staticWheelSvg(assessment, defaultPack);
 * ```
 */

export type * from './static-wheel.ts';
export { staticWheelMessages, staticWheelSvg, staticWheelText } from './static-wheel.ts';
