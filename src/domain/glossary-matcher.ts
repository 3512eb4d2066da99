// Finds glossary terms in running text: whole words, any letter case, longest match first
// ("central purchasing body" before "body"), so guidance can explain a term where it appears.
import type { GlossaryTerm } from '@/schemas/content/knowledge';
import type { LanguageCode } from '@/schemas/ids';
import type { BlockNode, InlineNode, RichText } from '@/schemas/rich-text';
import { localise } from './localise';

export type TextPiece = { text: string } | { text: string; term: string };

export interface GlossaryMatcher {
  split: (text: string) => TextPiece[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function glossaryMatcher(terms: GlossaryTerm[], language: LanguageCode): GlossaryMatcher {
  const forms = new Map<string, string>();
  for (const term of terms) {
    for (const form of [localise(term.term, language), ...(term.variants ?? [])]) {
      const key = form.toLowerCase();
      if (!forms.has(key)) forms.set(key, term.id);
    }
  }
  if (forms.size === 0) return { split: (text) => [{ text }] };
  const alternatives = [...forms.keys()].sort((a, b) => b.length - a.length).map(escape);
  // Letters of any script count as word characters, so "PIN" is not found inside "PINs" or "opinion".
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return {
    split(text) {
      const pieces: TextPiece[] = [];
      let last = 0;
      for (const match of text.matchAll(pattern)) {
        const index = match.index ?? 0;
        if (index > last) pieces.push({ text: text.slice(last, index) });
        const term = forms.get(match[0].toLowerCase());
        pieces.push(term ? { text: match[0], term } : { text: match[0] });
        last = index + match[0].length;
      }
      if (last < text.length) pieces.push({ text: text.slice(last) });
      return pieces;
    },
  };
}

/**
 * Marks the first mention of each glossary term in a tree (later mentions stay plain text), so
 * a page explains each term once. Links and code are left alone.
 */
export function markTerms(tree: RichText, matcher: GlossaryMatcher): RichText {
  const seen = new Set<string>();
  const inline = (nodes: InlineNode[]): InlineNode[] =>
    nodes.flatMap((node): InlineNode[] => {
      if (node.type === 'text')
        return matcher.split(node.value).map((piece) => {
          if (!('term' in piece) || seen.has(piece.term))
            return { type: 'text', value: piece.text };
          seen.add(piece.term);
          return { type: 'term', term: piece.term, value: piece.text };
        });
      if (node.type === 'strong' || node.type === 'emphasis')
        return [{ ...node, children: inline(node.children) }];
      return [node];
    });
  const block = (node: BlockNode): BlockNode => {
    switch (node.type) {
      case 'heading':
      case 'paragraph':
        return { ...node, children: inline(node.children) };
      case 'blockquote':
        return { ...node, children: node.children.map(block) };
      case 'list':
        return { ...node, items: node.items.map((item) => item.map(block)) };
      case 'table':
        return { ...node, rows: node.rows.map((row) => row.map(inline)) };
      default:
        return node;
    }
  };
  return tree.map(block);
}
