import { createContext, type ProfilerOnRenderCallback } from 'react';

/**
 * Tests (and a developer chasing a slow wheel) can see which areas render: given an `onRender`,
 * every area renders inside a React `<Profiler id={areaId}>`, so a memoised area that skips a
 * render reports nothing. Not part of the package's public entry; without a provider no Profiler
 * is rendered at all.
 *
 * @example
 * ```tsx
 * const rendered: string[] = [];
 * <AreaProfiler.Provider value={(id) => rendered.push(id)}>
 *   <Wheel value={a} onChange={setA} />
 * </AreaProfiler.Provider>;
 * ```
 */
export const AreaProfiler = createContext<ProfilerOnRenderCallback | null>(null);
