// A glossary term explained where it appears: a button that shows its definition in place,
// with a link to the knowledge base. Which mentions become terms is decided beforehand
// (domain/glossary-matcher.ts markTerms), so each page explains a term once.
import { createContext, useContext, useId, useState } from 'react';
import { useI18n } from '@/i18n/i18n-context';

/** Looks a term's words up by its id; absent where there is no glossary (terms show as text). */
export const GlossaryContext = createContext<
  ((termId: string) => { term: string; definition: string } | undefined) | undefined
>(undefined);

export function GlossaryTerm({ id, text }: { id: string; text: string }) {
  const { t } = useI18n();
  const lookup = useContext(GlossaryContext);
  const [open, setOpen] = useState(false);
  const noteId = useId();
  const entry = lookup?.(id);
  if (!entry) return text;
  return (
    <>
      <button
        type="button"
        className="term"
        aria-expanded={open}
        aria-controls={noteId}
        onClick={() => setOpen((value) => !value)}
      >
        {text}
      </button>
      <span id={noteId} className="term__definition" hidden={!open}>
        {entry.definition}{' '}
        <a href={`#/knowledge/glossary/${id}`}>{t('knowledge.moreAbout', { term: entry.term })}</a>
      </span>
    </>
  );
}
