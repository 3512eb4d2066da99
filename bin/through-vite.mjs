// Loads a TypeScript module of the project through Vite's module loader, in Node, so that the
// CLI and the benchmarks read content/ with the app's own loader (import.meta.glob, the
// Markdown compiler): nothing to build first, and no second copy to keep in step.
import { resolve } from 'node:path';

export async function runThroughVite(root, modulePath, run) {
  const { createServer } = await import('vite');
  const server = await createServer({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    mode: 'cli',
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    return await run(await server.ssrLoadModule(modulePath));
  } finally {
    await server.close();
  }
}
