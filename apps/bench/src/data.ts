// The data every contender draws: eight areas, a five-step scale plus "Vet inte" and "Vill inte
// svara" (the same seven choices per area as the wheel's agree-5 radios), and three perspectives.
// Plain constants on purpose: the floor and recharts pages must not pull in our core package.

/** Area names of the default pack, in its order. */
export const AREA_NAMES = [
  'Trygg',
  'Må bra',
  'Utvecklas',
  'Omvårdad',
  'Aktiv',
  'Respekterad',
  'Ansvarstagande',
  'Delaktig',
] as const;

/** The radios of one area: five scale steps, then the two answers that are not a value. */
export const CHOICES = [
  { value: '1', label: 'Stämmer inte alls' },
  { value: '2', label: 'Stämmer lite' },
  { value: '3', label: 'Stämmer ganska bra' },
  { value: '4', label: 'Stämmer bra' },
  { value: '5', label: 'Stämmer helt' },
  { value: 'dont-know', label: 'Vet inte' },
  { value: 'declined', label: 'Vill inte svara' },
] as const;

export type ChoiceValue = (typeof CHOICES)[number]['value'];

/** The three perspectives; the first one is the editable one. */
export const PERSPECTIVES = [
  { id: 'child', label: 'Barnet' },
  { id: 'guardian', label: 'Vårdnadshavare' },
  { id: 'school', label: 'Skolan' },
] as const;

/**
 * Ratings (1–5) of instance `index`: one list of eight per perspective. Deterministic, so every
 * run and every contender draws the same thing, and instances of a class overview differ.
 */
export function ratings(index: number): number[][] {
  let t = (index + 1) * 0x9e3779b9;
  const next = () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
  return PERSPECTIVES.map(() => AREA_NAMES.map(() => 1 + Math.floor(next() * 5)));
}

/** What each contender's instance takes. */
export interface InstanceProps {
  /** Which data set (0 for a single instance; 0–99 in the class overview). */
  index: number;
  /** Animations on (the libraries' default) or off (for fair timing). */
  animate?: boolean;
  /** Called after every commit of this instance's state (mount and each rating change). */
  onCommit?: () => void;
}
