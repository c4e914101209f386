import { useEffect, useLayoutEffect } from 'react';

/**
 * `useLayoutEffect` in the browser, `useEffect` where there is no document (server rendering).
 * Effects never run on the server either way, but React 18's server renderer warns about every
 * `useLayoutEffect` it meets, and a Next.js or Remix host would see that warning per wheel.
 */
export const useClientLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
