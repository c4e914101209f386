// One download path for every package (ADR 8).
export { offerDownload } from '@barnets-basta/wheel/internal';

/**
 * A safe file name from a title: letters, digits and dashes, with the extension.
 *
 * @example
 * fileName('Läget per område', 'csv'); // "laget-per-omrade.csv"
 */
export function fileName(title: string, extension: string): string {
  const base =
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'uppfoljning';
  return `${base}.${extension}`;
}
