// The content files, found by Vite at build time. JSON is bundled (the overview needs every
// step); guidance Markdown is split into small chunks loaded when a step opens.
import type { CompiledMarkdown } from './markdown';

export type RawFiles = Record<string, unknown>;

export const jsonFiles: RawFiles = import.meta.glob(
  [
    '/content/content.json',
    '/content/phases/*/phase.json',
    '/content/phases/*/steps/*.json',
    '/content/lists/*.json',
    '/content/rules/*.json',
    '/content/knowledge/*.json',
    '/content/templates/strings.json',
    '/content/templates/*/template.json',
  ],
  { eager: true, import: 'default' },
);

export const markdownLoaders = import.meta.glob<CompiledMarkdown>(
  ['/content/phases/**/*.md', '/content/templates/**/*.md'],
  {
    import: 'default',
  },
);
