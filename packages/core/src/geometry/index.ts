/**
 * @barnets-basta/core/geometry: the wheel's geometry (cells, angles, label anchors, polylines)
 * for any number of areas from 3 to 12, as plain numbers for an SVG or a canvas.
 *
 * @example
 * ```ts
 * import { defaultPack } from '@barnets-basta/core';
 * import { wheelGeometry } from '@barnets-basta/core/geometry';
 * const geometry = wheelGeometry({ areas: defaultPack.areas.length, levels: 5, innerRadius: 40, outerRadius: 200 });
 * ```
 */

export type * from './wheel-geometry.ts';
export { wheelGeometry } from './wheel-geometry.ts';
