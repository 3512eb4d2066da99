// A document model as a file: the renderer for each format is imported only when that format is
// asked for, so the app's first page never carries docx, jsPDF or the fonts. The standalone HTML
// file (html/render-html.tsx, with react-dom/server) is for the command line only.
import { safeFileName } from '@/domain/file-name';
import type { DocumentWords } from '@/schemas/content/document-strings';
import type { DocumentModel } from './model';
import type { PdfFonts } from './pdf/render-pdf';

export const DOCUMENT_FORMATS = ['docx', 'pdf', 'html'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const DOCUMENT_MEDIA_TYPES: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html;charset=utf-8',
};

export interface RenderInputs {
  words: DocumentWords;
  /** BCP 47 tag of the document's language ("en-GB"). */
  languageTag: string;
  /** Noto Sans regular and bold; asked for only when a PDF is made. */
  fonts: () => Promise<PdfFonts>;
}

/** The formats the app downloads; HTML is the on-screen preview (and `jpp export --format html`). */
export type FileFormat = Exclude<DocumentFormat, 'html'>;

export async function renderDocumentFile(
  model: DocumentModel,
  format: FileFormat,
  inputs: RenderInputs,
): Promise<Uint8Array> {
  if (format === 'docx') {
    const { renderDocx } = await import('./docx/render-docx');
    return renderDocx(model, inputs.words, inputs.languageTag);
  }
  const [{ renderPdf }, fonts] = await Promise.all([import('./pdf/render-pdf'), inputs.fonts()]);
  return renderPdf(model, fonts, inputs.words, inputs.languageTag);
}

/** "Border cameras 2027 - Joint procurement agreement - Politia de Frontiera.docx" */
export function documentFileName(model: DocumentModel, format: DocumentFormat): string {
  const short = (text: string) => (text.length > 60 ? `${text.slice(0, 59).trimEnd()}…` : text);
  const parts = [
    short(model.mark.dossier),
    model.title,
    model.party ? short(model.party) : undefined,
  ];
  return safeFileName(parts.filter(Boolean).join(' - '), format, 180);
}
