// Saving a file from the page, for any panel that exports (the share dialog, the rates panel's run).
import { el } from './dom.js';

/** Save `blob` as `filename` through a temporary link. */
export function download(filename, blob) {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
