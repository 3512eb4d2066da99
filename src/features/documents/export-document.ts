// Turning a document model into a file the browser downloads. The renderers load on first use.
import {
  renderDocumentFile,
  DOCUMENT_MEDIA_TYPES,
  documentFileName,
  type FileFormat,
} from '@/documents/document-file';
import { documentLocale, documentWords } from '@/documents/make-document';
import type { DocumentModel } from '@/documents/model';
import type { ContentRegistry } from '@/schemas/content-registry';
import type { LanguageCode } from '@/schemas/ids';
import { downloadFile } from '@/lib/download';
import { loadPdfFonts } from './pdf-fonts';

export async function exportDocument(
  model: DocumentModel,
  format: FileFormat,
  registry: ContentRegistry,
): Promise<string> {
  const language = model.language as LanguageCode;
  const bytes = await renderDocumentFile(model, format, {
    words: documentWords(registry, language),
    languageTag: documentLocale[language] ?? language,
    fonts: loadPdfFonts,
  });
  const fileName = documentFileName(model, format);
  downloadFile(
    fileName,
    new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DOCUMENT_MEDIA_TYPES[format] }),
  );
  return fileName;
}
