// Puts the Content-Security-Policy into the built index.html (for static hosts that cannot set
// headers) and sends it, with the other security headers, from `vite preview` (npm start).
// The dev server gets neither: Vite's hot reload needs inline code and a websocket.
import type { Plugin } from 'vite';
import { appPolicy, securityHeaders } from './csp.ts';

export function securityPolicy(): Plugin {
  return {
    name: 'jpp-security-policy',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (ctx.server) return html;
        return html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${appPolicy.join('; ')}" />`,
        );
      },
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        for (const [name, value] of Object.entries(securityHeaders(path)))
          res.setHeader(name, value);
        next();
      });
    },
  };
}
