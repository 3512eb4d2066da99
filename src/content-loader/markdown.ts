// Turns a Markdown syntax tree (mdast) into our RichText subset, listing what it had to leave
// out. Runs at build time only (tools/vite-plugin-markdown.ts): the browser receives the tree.
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
// Relative imports: vite.config.ts loads this file before the "@/" alias exists.
import type { BlockNode, InlineNode, RichText } from '../schemas/rich-text.ts';
import { safeUrlSchema } from '../schemas/rich-text.ts';

export interface MarkdownProblem {
  line?: number;
  column?: number;
  message: string;
}

export interface CompiledMarkdown {
  tree: RichText;
  problems: MarkdownProblem[];
}

export function mdastToRichText(root: { children: RootContent[] }): CompiledMarkdown {
  const problems: MarkdownProblem[] = [];
  const problem = (node: Nodes, message: string) =>
    problems.push({
      line: node.position?.start.line,
      column: node.position?.start.column,
      message,
    });

  const inline = (nodes: PhrasingContent[]): InlineNode[] =>
    nodes.flatMap((node): InlineNode[] => {
      switch (node.type) {
        case 'text':
          return [{ type: 'text', value: node.value }];
        case 'inlineCode':
          return [{ type: 'code', value: node.value }];
        case 'break':
          return [{ type: 'break' }];
        case 'strong':
          return [{ type: 'strong', children: inline(node.children) }];
        case 'emphasis':
          return [{ type: 'emphasis', children: inline(node.children) }];
        case 'link': {
          if (!safeUrlSchema.safeParse(node.url).success) {
            problem(node, `Link "${node.url}" must start with https://, mailto: or #`);
            return inline(node.children);
          }
          return [{ type: 'link', url: node.url, children: inline(node.children) }];
        }
        case 'html':
          problem(node, 'Raw HTML is not allowed in content; use Markdown only');
          return [];
        default:
          problem(node, `Markdown "${node.type}" is not supported here`);
          return [];
      }
    });

  const blocks = (nodes: RootContent[]): BlockNode[] =>
    nodes.flatMap((node): BlockNode[] => {
      switch (node.type) {
        case 'heading':
          if (node.depth < 2 || node.depth > 4) {
            problem(node, 'Use headings ## to ####: the page title is the only level-1 heading');
            return [];
          }
          return [
            { type: 'heading', depth: node.depth as 2 | 3 | 4, children: inline(node.children) },
          ];
        case 'paragraph':
          return [{ type: 'paragraph', children: inline(node.children) }];
        case 'thematicBreak':
          return [{ type: 'thematicBreak' }];
        case 'blockquote':
          return [{ type: 'blockquote', children: blocks(node.children) }];
        case 'list':
          return [
            {
              type: 'list',
              ordered: node.ordered === true,
              items: node.children.map((item) => blocks(item.children)),
            },
          ];
        case 'table': {
          const [head, ...rows] = node.children;
          return [
            {
              type: 'table',
              head: (head?.children ?? []).map((cell) => inline(cell.children)),
              rows: rows.map((row) => row.children.map((cell) => inline(cell.children))),
            },
          ];
        }
        case 'html':
          problem(node, 'Raw HTML is not allowed in content; use Markdown only');
          return [];
        default:
          problem(node, `Markdown "${node.type}" is not supported here`);
          return [];
      }
    });

  return { tree: blocks(root.children), problems };
}

/** The plain text of a tree, for search and placeholder checks. */
export function richTextToPlain(tree: RichText): string {
  const inlineText = (nodes: InlineNode[]): string =>
    nodes
      .map((node) =>
        node.type === 'text' || node.type === 'code' || node.type === 'term'
          ? node.value
          : node.type === 'break'
            ? '\n'
            : inlineText(node.children),
      )
      .join('');
  const blockText = (node: BlockNode): string => {
    switch (node.type) {
      case 'heading':
      case 'paragraph':
        return inlineText(node.children);
      case 'thematicBreak':
        return '';
      case 'blockquote':
        return node.children.map(blockText).join('\n');
      case 'list':
        return node.items.map((item) => item.map(blockText).join('\n')).join('\n');
      case 'table':
        return [node.head, ...node.rows].map((row) => row.map(inlineText).join(' | ')).join('\n');
    }
  };
  return tree.map(blockText).join('\n\n');
}
