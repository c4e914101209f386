/**
 * Offers a file made in the page as a download through a temporary `<a download>` and an object
 * URL: the file is made from memory and nothing leaves the browser. The one download path of the
 * wheel's export, the SIP plan's JSON file and the follow-up views' CSV.
 *
 * @example
 * ```ts
 * offerDownload(new Blob(['a,b'], { type: 'text/csv' }), 'uppfoljning.csv');
 * ```
 */
export function offerDownload(blob: Blob, filename: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Some browsers start the download only after the click's task: revoke a little later.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
