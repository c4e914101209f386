/**
 * @barnets-basta/core/content: authoring content packs. Validating a whole pack, merging a host's
 * partial override into a pack, and the WCAG contrast maths the pack rules use. Kept apart from
 * the default entry, which ships the default pack ready to use, so a host that only shows the
 * wheel with a shipped pack does not download the pack schema. Every function returns a
 * `ParseResult` (or a number) and never throws. The types (`ContentPack`, `ContentOverride`, ...)
 * are exported from `@barnets-basta/core`.
 *
 * @example
 * ```ts
 * import { defaultPack, formatIssues } from '@barnets-basta/core';
 * import { resolvePack } from '@barnets-basta/core/content';
 * const result = resolvePack(defaultPack, { areas: { trygg: { color: '#1d4f91' } } });
 * const pack = result.ok ? result.value : defaultPack;
 * if (!result.ok) console.warn(formatIssues(result.issues, 'en').join('\n'));
 * ```
 */

export { resolvePack } from './merge.ts';
export { parsePack } from './parse-pack.ts';
export { contrastRatio, relativeLuminance } from './contrast.ts';
