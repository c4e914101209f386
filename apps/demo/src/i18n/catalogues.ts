import type { ShippedLocale } from '@barnets-basta/core';
import { en } from './en.ts';
import { sv, type DemoMessages } from './sv.ts';

/** The demo's catalogues, Swedish first (the default). */
export const catalogues: Record<ShippedLocale, DemoMessages> = { sv, en };
