// Words the documents print around the clauses (content/templates/strings.json), per document
// language: the draft mark, page numbers, the signature block, and the names of values that may
// be missing. The document's language is chosen per export, independent of the interface.
import * as z from 'zod';

const text = z.string().min(1).max(400);

export const documentWordsSchema = z
  .object({
    draft: text,
    intent: text,
    version: text,
    page: text,
    signedFor: text,
    name: text,
    function: text,
    place: text,
    date: text,
    signature: text,
    missing: text,
    forParty: text,
    /** Said before a clause whose data is missing. */
    incomplete: text,
    yes: text,
    no: text,
    and: text.optional(),
    /** The names of the values templates use, for "[missing: …]" and the export dialog. */
    values: z.record(z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/), text),
  })
  .strict();
export type DocumentWords = z.infer<typeof documentWordsSchema>;
/** The words of a signature block, which every renderer prints. */
export type SignatureWords = Pick<
  DocumentWords,
  'signedFor' | 'name' | 'function' | 'place' | 'date' | 'signature'
>;

export const documentStringsSchema = z
  .object({
    $schema: z.string().optional(),
    en: documentWordsSchema,
    fr: documentWordsSchema.partial().optional(),
  })
  .strict();
export type DocumentStrings = z.infer<typeof documentStringsSchema>;
