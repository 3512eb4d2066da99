// Registers the service worker that keeps the app working offline. Only in the built app:
// in development every file changes all the time.
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => {
      // Offline use is a bonus on top of a working online app; the app itself carries on.
    });
  });
}
