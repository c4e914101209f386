/**
 * Offers a file made in the page as a download through a temporary `<a download>` and an object
 * URL: nothing leaves the browser.
 *
 * @example
 * offerDownload(new Blob(['a,b'], { type: 'text/csv' }), 'uppfoljning.csv');
 */
export function offerDownload(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // The download has started from the click; revoking on the next task frees the memory.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

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
