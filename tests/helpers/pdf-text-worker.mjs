// Runs pdf.js in a worker thread. pdfjs-dist's legacy build (the one that runs on Node 20)
// replaces the global JSON.parse with a core-js polyfill that accepts invalid JSON such as
// '{"a": 1,' — loaded in a test's own thread, it would hide the very errors the dossier import
// tests look for. A worker has its own globals.
import { parentPort, workerData } from 'node:worker_threads';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const document = await getDocument({
  data: workerData,
  disableFontFace: true,
  isEvalSupported: false,
}).promise;
const pages = [];
for (let number = 1; number <= document.numPages; number += 1) {
  const content = await (await document.getPage(number)).getTextContent();
  pages.push(
    content.items
      .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
      .join(''),
  );
}
await document.destroy();
parentPort?.postMessage(pages);
