import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { configDefaults, defineConfig } from 'vitest/config';
import packageJson from './package.json' with { type: 'json' };
import { contentMarkdown } from './tools/vite-plugin-markdown.ts';
import { securityPolicy } from './tools/vite-plugin-security.ts';

const emptyModule = fileURLToPath(new URL('./tools/empty-module.ts', import.meta.url));

export default defineConfig({
  base: './',
  plugins: [
    contentMarkdown(),
    react(),
    securityPolicy(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: {
        name: 'JPP Toolbox',
        short_name: 'JPP Toolbox',
        description: 'Guided toolbox for cross-border joint public procurement',
        start_url: '.',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4f5c',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ttf,woff2,webmanifest}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
      },
    }),
  ],
  define: {
    __APP_VERSION__: JSON.stringify(packageJson.version),
  },
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      html2canvas: emptyModule,
      canvg: emptyModule,
      dompurify: emptyModule,
    },
  },
  build: {
    // Each clause's Markdown would otherwise be a chunk of its own (hundreds of requests per
    // document): one chunk per template and language instead.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              test: /[\\/]content[\\/]templates[\\/].+\.md/,
              name: (id) => {
                const match =
                  /templates[\\/]([a-z0-9-]+)[\\/]clauses[\\/][a-z0-9-]+\.([a-z]{2})\.md/.exec(id);
                return match ? `clauses-${match[1]}-${match[2]}` : null;
              },
            },
          ],
        },
      },
    },
    // Inlined assets become data: URIs, which the font-src policy refuses.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'es2022',
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/{unit,content,machines,dossier,documents,cli,persistence}/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'office',
          environment: 'node',
          include: ['tests/office/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['tests/components/**/*.test.tsx'],
          setupFiles: ['tests/helpers/setup-dom.ts'],
        },
      },
    ],
    exclude: [...configDefaults.exclude, 'tests/e2e/**'],
  },
});
