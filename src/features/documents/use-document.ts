// The document model of one template for the open dossier, in the chosen language: the clause
// texts load on demand (each template's Markdown is its own small chunk), then the pure engine
// builds the model the preview shows and the export renders.
import { useEffect, useMemo, useState } from 'react';
import { loadClauseTexts } from '@/content-loader/templates';
import { documentFieldContext } from '@/documents/document-context';
import { makeDocument } from '@/documents/make-document';
import type { DocumentModel } from '@/documents/model';
import type { Template } from '@/schemas/content/template';
import type { ContentRegistry } from '@/schemas/content-registry';
import type { Dossier } from '@/schemas/dossier';
import type { LanguageCode } from '@/schemas/ids';
import type { RichText } from '@/schemas/rich-text';

export type DocumentState =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; model: DocumentModel; build: (now: string) => DocumentModel };

export function useDocument(
  registry: ContentRegistry,
  dossier: Dossier,
  template: Template,
  language: LanguageCode,
  party: string | undefined,
  now: string,
): DocumentState {
  const [texts, setTexts] = useState<{
    key: string;
    clauses?: Map<string, RichText>;
    failed?: boolean;
  }>();
  const key = `${template.id}:${language}`;

  useEffect(() => {
    let current = true;
    loadClauseTexts(template.id, [language]).then(
      (clauses) => current && setTexts({ key, clauses }),
      () => current && setTexts({ key, failed: true }),
    );
    return () => {
      current = false;
    };
  }, [template.id, language, key]);

  return useMemo<DocumentState>(() => {
    if (texts?.key !== key) return { status: 'loading' };
    const { clauses } = texts;
    if (!clauses) return { status: 'failed' };
    if (template.perParty && !party) return { status: 'loading' };
    const build = (at: string) =>
      makeDocument(dossier, registry, {
        templateId: template.id,
        language,
        now: at,
        fields: documentFieldContext(registry, dossier, language),
        clauses,
        ...(party ? { party } : {}),
      });
    return { status: 'ready', model: build(now), build };
  }, [texts, key, template, dossier, registry, language, party, now]);
}
