// After an update, a tab opened before it may ask for a lazy chunk (the PDF renderer, a
// template's clauses) that the new version no longer has. Reload once to get the new version;
// autosave has already written the dossier when the page is hidden or unloaded, so nothing is
// lost. The guard stops a loop if the chunk is missing for another reason.
const KEY = 'jpp-toolbox:reloaded-for-stale-chunk';
const GUARD_MS = 60_000;

export function reloadOnStaleChunks() {
  window.addEventListener('vite:preloadError', (event) => {
    const last = Number(window.sessionStorage.getItem(KEY) ?? 0);
    if (Date.now() - last < GUARD_MS) return;
    event.preventDefault();
    window.sessionStorage.setItem(KEY, String(Date.now()));
    window.location.reload();
  });
}
