// `jpp content check` and `jpp content schemas`: validate content/ the way the app will read it.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildRegistry } from '@/content-loader/build-registry';
import { checkGuidance } from '@/content-loader/check-guidance';
import { checkTemplates } from '@/documents/check-templates';
import { jsonFiles, markdownLoaders } from '@/content-loader/content-files';
import { formatProblem, type ContentProblem } from '@/content-loader/content-problem';
import { contentJsonSchemas } from '@/content-loader/json-schemas';
import type { CompiledMarkdown } from '@/content-loader/markdown';
import type { Output } from './output';

const schemaDir = (root: string) => join(root, 'content', 'schemas');

async function schemaDrift(root: string): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const [file, expected] of Object.entries(contentJsonSchemas())) {
    const actual = await readFile(join(schemaDir(root), file), 'utf8').catch(() => undefined);
    if (actual !== expected)
      problems.push({
        file: `content/schemas/${file}`,
        path: '',
        message: 'Out of date with the zod schemas: run `npm run content:schemas`',
      });
  }
  return problems;
}

export async function checkContent(root: string, out: Output): Promise<number> {
  const { registry, problems } = buildRegistry(jsonFiles);
  const markdown: Record<string, CompiledMarkdown> = {};
  for (const [path, load] of Object.entries(markdownLoaders)) markdown[path] = await load();
  if (registry)
    problems.push(...checkGuidance(registry, markdown), ...checkTemplates(registry, markdown));
  problems.push(...(await schemaDrift(root)));
  if (problems.length > 0) {
    out.error(`content:check found ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
    for (const problem of problems) out.error(`  ${formatProblem(problem)}`);
    return 1;
  }
  const steps = Object.keys(registry?.steps ?? {}).length;
  out.log(
    `content:check passed: ${registry?.phases.length} phases, ${steps} steps, ` +
      `${Object.keys(registry?.lists ?? {}).length} lists, ${registry?.templates.length} document templates, ` +
      `${Object.keys(markdown).length} Markdown files.`,
  );
  return 0;
}

export async function writeSchemas(root: string, out: Output): Promise<number> {
  await mkdir(schemaDir(root), { recursive: true });
  for (const [file, text] of Object.entries(contentJsonSchemas())) {
    await writeFile(join(schemaDir(root), file), text);
    out.log(`wrote content/schemas/${file}`);
  }
  return 0;
}
