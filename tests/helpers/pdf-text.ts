// The text of a PDF as pdf.js extracts it (what a reader copies or a screen reader reads), one
// string per page. pdf.js runs in a worker thread: see pdf-text-worker.mjs for why.
import { Worker } from 'node:worker_threads';

const WORKER = new URL('./pdf-text-worker.mjs', import.meta.url);

export function pdfPages(bytes: Uint8Array): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: bytes.slice() });
    worker.once('message', (pages: string[]) => {
      resolve(pages);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the pdf.js worker stopped with code ${code}`));
    });
  });
}
