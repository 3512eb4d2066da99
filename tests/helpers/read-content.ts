// Reads content/ from disk the way Vite's glob does, for tests that run outside Vite
// (Playwright). Unit tests use the real loader instead.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildRegistry } from '@/content-loader/build-registry';
import type { ContentRegistry } from '@/schemas/content-registry';

const root = join(import.meta.dirname, '..', '..');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

export function readContentRegistry(): ContentRegistry {
  const files: Record<string, unknown> = {};
  for (const file of walk(join(root, 'content'))) {
    const path = `/${relative(root, file)}`;
    if (
      !path.endsWith('.json') ||
      path.startsWith('/content/schemas/') ||
      path.startsWith('/content/locales/')
    )
      continue;
    files[path] = JSON.parse(readFileSync(file, 'utf8'));
  }
  const { registry, problems } = buildRegistry(files);
  if (!registry) throw new Error(`Content problems: ${JSON.stringify(problems, null, 2)}`);
  return registry;
}
