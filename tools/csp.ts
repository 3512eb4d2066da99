// The Content-Security-Policy of the built app (docs/security.md). No inline script, no eval,
// no connection to any other origin. connect-src 'self' lets the app fetch its own font file
// for PDF export; nothing else is ever fetched.
export const appPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
];

/** Header-only directives: browsers ignore them in a <meta> tag. */
export const headerOnly = ["frame-ancestors 'none'"];

/** The service worker must fetch the files it precaches, so it gets its own policy. */
export const workerPolicy = ["default-src 'none'", "script-src 'self'", "connect-src 'self'"];

export const securityHeaders = (path: string): Record<string, string> => ({
  'Content-Security-Policy': (path.endsWith('/sw.js')
    ? workerPolicy
    : [...appPolicy, ...headerOnly]
  ).join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
});
