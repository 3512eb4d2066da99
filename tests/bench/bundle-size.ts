// What the browser downloads: JavaScript reachable from index.html without a click (the first
// page), and what opening a dossier adds. Read from the production build in dist/.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

const gzip = (buffer: Buffer) => gzipSync(buffer, { level: 9 }).length;

function staticImports(code: string): string[] {
  // Vite emits static imports as `import ... from "./x.js"` or `import "./x.js"` at the top.
  return [
    ...code.matchAll(/(?:^|;|\n)\s*import\s*(?:[^'"();]*?from\s*)?["']\.\/([^"']+\.js)["']/g),
  ].map((match) => match[1] ?? '');
}

function dynamicImports(code: string): string[] {
  return [...code.matchAll(/import\(\s*["']\.\/([^"']+\.js)["']\s*\)/g)].map(
    (match) => match[1] ?? '',
  );
}

export function measureBundle(root: string) {
  const dist = join(root, 'dist');
  const assets = join(dist, 'assets');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/src="\.\/assets\/([^"]+\.js)"/g)].map(
    (match) => match[1] ?? '',
  );
  const sizeOf = (file: string): ChunkSize => {
    const buffer = readFileSync(join(assets, file));
    return { file, bytes: buffer.length, gzip: gzip(buffer) };
  };
  const closure = (start: string[]) => {
    const seen = new Set<string>();
    const queue = [...start];
    while (queue.length > 0) {
      const file = queue.shift() ?? '';
      if (seen.has(file)) continue;
      seen.add(file);
      queue.push(...staticImports(readFileSync(join(assets, file), 'utf8')));
    }
    return seen;
  };
  const firstPage = closure(entries);
  const dossierEntry = readdirSync(assets).find((file) => /^dossier-route-.*\.js$/.test(file));
  const dossierPage = dossierEntry ? closure([dossierEntry]) : new Set<string>();
  // The content JSON is reached from the dossier route by a dynamic import of the registry.
  const registryChunks = [...dossierPage]
    .flatMap((file) => dynamicImports(readFileSync(join(assets, file), 'utf8')))
    .filter((file) => /registry/.test(file));
  for (const file of closure(registryChunks)) dossierPage.add(file);
  const all = readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map(sizeOf);
  const sum = (files: Iterable<string>) =>
    [...files].map(sizeOf).reduce((total, chunk) => total + chunk.gzip, 0);
  return {
    firstPageGzip: sum(firstPage),
    firstPageFiles: [...firstPage],
    dossierPageGzip: sum(new Set([...firstPage, ...dossierPage])),
    chunks: all.sort((a, b) => b.gzip - a.gzip),
  };
}
