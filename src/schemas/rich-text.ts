// The Markdown subset our content may use, as a data tree. Markdown files are parsed into this
// tree at build time (tools/vite-plugin-markdown.ts), so the browser never parses Markdown and
// never sees raw HTML: renderers (React, DOCX, PDF) walk the tree and emit text nodes only.
import * as z from 'zod';

export const safeUrlSchema = z
  .string()
  .max(2000)
  .refine(
    (url) => /^(https:\/\/|mailto:|#)/.test(url),
    'Links must start with https://, mailto: or # (other schemes could run code or leak data)',
  );

export const inlineNodeSchema = z.union([
  z.object({ type: z.literal('text'), value: z.string() }).strict(),
  z.object({ type: z.literal('code'), value: z.string() }).strict(),
  z.object({ type: z.literal('break') }).strict(),
  /** A glossary term found in the text; added by the app (domain/glossary-matcher.ts), not by authors. */
  z.object({ type: z.literal('term'), term: z.string(), value: z.string() }).strict(),
  z
    .object({
      type: z.literal('strong'),
      get children() {
        return z.array(inlineNodeSchema);
      },
    })
    .strict(),
  z
    .object({
      type: z.literal('emphasis'),
      get children() {
        return z.array(inlineNodeSchema);
      },
    })
    .strict(),
  z
    .object({
      type: z.literal('link'),
      url: safeUrlSchema,
      get children() {
        return z.array(inlineNodeSchema);
      },
    })
    .strict(),
]);
export type InlineNode = z.infer<typeof inlineNodeSchema>;

export const tableCellSchema = z.array(inlineNodeSchema);
export type TableCell = z.infer<typeof tableCellSchema>;

export const blockNodeSchema = z.union([
  z
    .object({
      type: z.literal('heading'),
      depth: z.union([z.literal(2), z.literal(3), z.literal(4)]),
      children: z.array(inlineNodeSchema),
    })
    .strict(),
  z.object({ type: z.literal('paragraph'), children: z.array(inlineNodeSchema) }).strict(),
  z.object({ type: z.literal('thematicBreak') }).strict(),
  z
    .object({
      type: z.literal('list'),
      ordered: z.boolean(),
      get items() {
        return z.array(z.array(blockNodeSchema));
      },
    })
    .strict(),
  z
    .object({
      type: z.literal('blockquote'),
      get children() {
        return z.array(blockNodeSchema);
      },
    })
    .strict(),
  z
    .object({
      type: z.literal('table'),
      head: z.array(tableCellSchema),
      rows: z.array(z.array(tableCellSchema)),
    })
    .strict(),
]);
export type BlockNode = z.infer<typeof blockNodeSchema>;

export const richTextSchema = z.array(blockNodeSchema);
export type RichText = z.infer<typeof richTextSchema>;
