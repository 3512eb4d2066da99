// Compiles content Markdown (*.md) to our RichText tree at build time, so the browser ships no
// Markdown parser and can never render raw HTML from content. Problems (raw HTML, unsafe links,
// unsupported syntax) travel with the tree for content:check to report.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Plugin } from 'vite';
import { mdastToRichText } from '../src/content-loader/markdown.ts';

export function compileMarkdown(source: string) {
  const root = fromMarkdown(source, {
    extensions: [gfmTable()],
    mdastExtensions: [gfmTableFromMarkdown()],
  });
  return mdastToRichText(root);
}

export function contentMarkdown(): Plugin {
  return {
    name: 'jpp-content-markdown',
    enforce: 'pre',
    transform(source, id) {
      if (!/\.md$/.test(id) || id.includes('?')) return null;
      return { code: `export default ${JSON.stringify(compileMarkdown(source))};`, map: null };
    },
  };
}
