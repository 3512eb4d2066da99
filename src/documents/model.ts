// The format-neutral document model (DESIGN.md §5): what the DOCX, PDF and HTML renderers draw.
// Pure data, built from a template and a dossier by build-document.ts.

/** A piece of text with one style. `missing` marks a value the dossier does not have yet. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  missing?: boolean;
}

export type Paragraph =
  | { kind: 'text'; runs: Run[] }
  | { kind: 'subheading'; runs: Run[] }
  | { kind: 'list'; ordered: boolean; items: Run[][] }
  | { kind: 'table'; header: string[]; rows: Run[][][] }
  | { kind: 'signatures'; parties: SignatureParty[] };

export interface SignatureParty {
  name: string;
  country?: string;
}

export interface Clause {
  /** "2.1" */
  number: string;
  title?: string;
  paragraphs: Paragraph[];
  /** True when a value the clause needs is missing: the preview and the export say so. */
  incomplete: boolean;
}

export interface Section {
  /** "2" */
  number: string;
  title: string;
  clauses: Clause[];
}

export interface MissingValue {
  /** The clause that needs it ("2.1 Purpose"). */
  clause: string;
  /** What is missing, in words ("Lead authority"). */
  what: string;
  /** Where to fill it in, when known. */
  step?: { phase: string; step: string; title: string };
}

export interface DocumentModel {
  templateId: string;
  title: string;
  /** Who the document is for, when there is one per authority (a letter of intent). */
  party?: string;
  language: string;
  /** Printed on every page (header and footer). */
  mark: {
    draft: string;
    dossier: string;
    version: string;
    date: string;
    /** "Page {page} of {pages}", with the placeholders for the renderer. */
    pageLabel: string;
  };
  intro: Run[][];
  sections: Section[];
  missing: MissingValue[];
}
