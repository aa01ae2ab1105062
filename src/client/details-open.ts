/**
 * Closed details stay closed until asked for: a link to an anchor inside them opens them, and printing
 * opens them all, so the paper copy keeps every figure.
 */
function openFor(hash: string): void {
  if (!hash || hash.length < 2) return;
  const target = document.getElementById(decodeURIComponent(hash.slice(1)));
  const details = target?.closest('details');
  if (details && !details.open) {
    details.open = true;
    target?.scrollIntoView();
  }
}

openFor(location.hash);
window.addEventListener('hashchange', () => openFor(location.hash));
window.addEventListener('beforeprint', () => {
  for (const d of document.querySelectorAll('details')) d.open = true;
});
