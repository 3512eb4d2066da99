// A standalone HTML file of a document, for the command line (--format html).
import { renderToStaticMarkup } from 'react-dom/server';
import type { DocumentModel } from '../model';
import { DocumentView, type ViewWords } from './document-view';

const STYLE = `
body { font-family: 'Noto Sans', system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1b1f23; }
.document__mark { font-style: italic; color: #4f565c; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #999; padding: .3rem .5rem; text-align: left; vertical-align: top; }
mark.missing { background: #ffec99; font-weight: 700; }
.document__incomplete { color: #b3261e; font-weight: 700; }
.document__blank { border-bottom: 1px solid #555; min-height: 1.5rem; margin: 0 0 .5rem; }
`;

export function renderHtml(model: DocumentModel, words: ViewWords): string {
  const body = renderToStaticMarkup(<DocumentView model={model} words={words} />);
  const title = `${model.title} – ${model.mark.dossier}`.replace(
    /[<&>]/g,
    (char) => ({ '<': '&lt;', '&': '&amp;', '>': '&gt;' })[char] ?? char,
  );
  return `<!doctype html>\n<html lang="${model.language}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${title}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}
