// Noto Sans for PDF files: fetched on the first PDF export only (the files are large, and most
// sessions never make a PDF), then kept in memory for the session. The service worker precaches
// them in the background, so PDF export also works offline after one online visit.
import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import type { PdfFonts } from '@/documents/pdf/render-pdf';

export class FontLoadError extends Error {
  constructor(url: string, reason: string) {
    super(`${url}: ${reason}`);
    this.name = 'FontLoadError';
  }
}

async function fetchFont(url: string): Promise<Uint8Array> {
  const response = await fetch(url).catch((error: unknown) => {
    throw new FontLoadError(url, error instanceof Error ? error.message : 'network error');
  });
  if (!response.ok) throw new FontLoadError(url, `HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

let loading: Promise<PdfFonts> | undefined;

export function loadPdfFonts(): Promise<PdfFonts> {
  loading ??= Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      // A failed fetch (offline before the precache finished) may succeed later: forget it.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
