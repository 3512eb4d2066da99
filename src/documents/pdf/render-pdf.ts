// The document model as a PDF (jsPDF's drawing API only). jsPDF's built-in fonts print only
// Western European letters and silently garble the rest, so the renderer embeds Noto Sans,
// regular and bold, which covers every EU language (Latin, Greek and Cyrillic scripts).
// The PDF is a print copy: jsPDF cannot tag structure, so the DOCX is the accessible original.
import { jsPDF } from 'jspdf';
import type { SignatureWords } from '@/schemas/content/document-strings';
import type { DocumentModel, Paragraph, Run } from '../model';
import { fitTable, type ColumnNeeds } from '../table-layout';
import { fillPage, printable } from '../text';

export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

const FAMILY = 'NotoSans';
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { left: 56, right: 56, top: 70, bottom: 70 };
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const SIZE = { title: 20, heading: 14, clause: 11.5, body: 10.5, small: 8.5, tiny: 7.5 };
const LEADING = 1.42;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let index = 0; index < bytes.length; index += chunk) {
    binary += String.fromCharCode(...bytes.subarray(index, index + chunk));
  }
  return btoa(binary);
}

interface Word {
  text: string;
  bold: boolean;
  missing: boolean;
  /** A space follows the word. */
  space: boolean;
}

class Layout {
  private y = MARGIN.top;

  constructor(private readonly doc: jsPDF) {}

  private font(bold: boolean, size: number) {
    this.doc.setFont(FAMILY, bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
  }

  private ensure(height: number) {
    if (this.y + height > PAGE.height - MARGIN.bottom) this.newPage();
  }

  newPage() {
    this.doc.addPage();
    this.y = MARGIN.top;
  }

  space(points: number) {
    this.y += points;
  }

  private words(runs: Run[], bold: boolean): Word[][] {
    const lines: Word[][] = [[]];
    for (const run of runs) {
      printable(run.text)
        .split('\n')
        .forEach((part, lineIndex) => {
          if (lineIndex > 0) lines.push([]);
          const pieces = part.split(/(\s+)/);
          for (const piece of pieces) {
            if (piece === '') continue;
            const current = lines[lines.length - 1] ?? [];
            if (/^\s+$/.test(piece)) {
              const last = current[current.length - 1];
              if (last) last.space = true;
              continue;
            }
            current.push({
              text: piece,
              bold: bold || Boolean(run.bold) || Boolean(run.missing),
              missing: Boolean(run.missing),
              space: false,
            });
          }
        });
    }
    return lines;
  }

  private width(word: Word, size: number) {
    this.font(word.bold, size);
    return this.doc.getTextWidth(word.text);
  }

  /** Breaks a word wider than the line into pieces that fit. */
  private splitLong(word: Word, size: number, max: number): Word[] {
    if (this.width(word, size) <= max) return [word];
    const pieces: Word[] = [];
    let current = '';
    for (const char of word.text) {
      if (current && this.width({ ...word, text: current + char }, size) > max) {
        pieces.push({ ...word, text: current, space: false });
        current = '';
      }
      current += char;
    }
    pieces.push({ ...word, text: current });
    return pieces;
  }

  /** Lines of words that fit `max` points, each word keeping its style. */
  wrap(runs: Run[], size: number, max: number, bold = false): Word[][] {
    const lines: Word[][] = [];
    for (const paragraphLine of this.words(runs, bold)) {
      let line: Word[] = [];
      let used = 0;
      const spaceWidth = (() => {
        this.font(false, size);
        return this.doc.getTextWidth(' ');
      })();
      for (const original of paragraphLine) {
        for (const word of this.splitLong(original, size, max)) {
          const width = this.width(word, size);
          const gap = line.length > 0 && line[line.length - 1]?.space ? spaceWidth : 0;
          if (line.length > 0 && used + gap + width > max) {
            lines.push(line);
            line = [];
            used = 0;
          }
          used += (line.length > 0 && line[line.length - 1]?.space ? spaceWidth : 0) + width;
          line.push(word);
        }
      }
      lines.push(line);
    }
    return lines;
  }

  private drawLine(line: Word[], x: number, size: number) {
    this.font(false, size);
    const spaceWidth = this.doc.getTextWidth(' ');
    let cursor = x;
    for (const word of line) {
      const width = this.width(word, size);
      if (word.missing) {
        this.doc.setFillColor(255, 236, 153);
        this.doc.rect(cursor - 1, this.y - size * 0.85, width + 2, size * 1.15, 'F');
      }
      this.font(word.bold, size);
      this.doc.setTextColor(20, 24, 28);
      this.doc.text(word.text, cursor, this.y);
      cursor += width + (word.space ? spaceWidth : 0);
    }
  }

  text(
    runs: Run[],
    options: {
      size?: number;
      bold?: boolean;
      indent?: number;
      after?: number;
      prefix?: string;
    } = {},
  ) {
    const size = options.size ?? SIZE.body;
    const indent = options.indent ?? 0;
    const lines = this.wrap(runs, size, WIDTH - indent, options.bold);
    const height = size * LEADING;
    lines.forEach((line, index) => {
      this.ensure(height);
      this.y += size;
      if (index === 0 && options.prefix) {
        this.font(false, size);
        this.doc.text(
          options.prefix,
          MARGIN.left + indent - this.doc.getTextWidth(`${options.prefix} `),
          this.y,
        );
      }
      this.drawLine(line, MARGIN.left + indent, size);
      this.y += height - size;
    });
    this.y += options.after ?? 6;
  }

  /** What each column needs at a font size: its widest word and its widest cell. */
  private columnNeeds(cells: Run[][][], padding: number, size: number): ColumnNeeds {
    const columns = Math.max(1, ...cells.map((row) => row.length));
    const least = Array<number>(columns).fill(0);
    const natural = Array<number>(columns).fill(0);
    for (const [rowIndex, row] of cells.entries())
      row.forEach((cell, column) => {
        for (const line of this.words(cell, rowIndex === 0)) {
          let lineWidth = 0;
          for (const word of line) {
            const width = this.width(word, size);
            least[column] = Math.max(least[column] ?? 0, width + padding * 2);
            lineWidth += width + (word.space ? size * 0.3 : 0);
          }
          natural[column] = Math.max(
            natural[column] ?? 0,
            Math.min(lineWidth, WIDTH) + padding * 2,
          );
        }
      });
    return { least, natural };
  }

  table(header: string[], rows: Run[][][]) {
    const padding = 4;
    const headerCells = header.map((text) => [{ text }]);
    const cells = [headerCells, ...rows];
    const { size, widths } = fitTable(
      [SIZE.body - 1, SIZE.small, SIZE.tiny],
      (candidate) => this.columnNeeds(cells, padding, candidate),
      WIDTH,
    );
    const height = size * LEADING;
    const drawRow = (cells: Run[][], isHeader: boolean) => {
      const wrapped = cells.map((cell, column) =>
        this.wrap(cell, size, (widths[column] ?? WIDTH) - padding * 2, isHeader),
      );
      const rowHeight = Math.max(1, ...wrapped.map((lines) => lines.length)) * height + padding * 2;
      if (this.y + rowHeight > PAGE.height - MARGIN.bottom) {
        this.newPage();
        if (!isHeader) drawRow(headerCells, true);
      }
      const top = this.y;
      if (isHeader) {
        this.doc.setFillColor(230, 236, 238);
        this.doc.rect(MARGIN.left, top, WIDTH, rowHeight, 'F');
      }
      this.doc.setDrawColor(160, 166, 170);
      let x = MARGIN.left;
      wrapped.forEach((lines, column) => {
        const width = widths[column] ?? 0;
        this.doc.rect(x, top, width, rowHeight, 'S');
        this.y = top + padding;
        for (const line of lines) {
          this.y += size;
          this.drawLine(line, x + padding, size);
          this.y += height - size;
        }
        x += width;
      });
      this.y = top + rowHeight;
    };
    // A header row alone at the foot of a page helps nobody: start the table on the next page.
    this.ensure(height * 3 + padding * 4);
    drawRow(headerCells, true);
    for (const row of rows) drawRow(row, false);
    this.y += 10;
  }

  signatures(parties: { name: string; country?: string }[], words: SignatureWords) {
    const size = SIZE.body;
    for (const party of parties) {
      const block = size * LEADING * 6 + 24;
      this.ensure(block);
      this.y += 10;
      this.doc.setDrawColor(160, 166, 170);
      this.doc.line(MARGIN.left, this.y, MARGIN.left + WIDTH, this.y);
      this.y += 6;
      this.text(
        [
          {
            text: `${words.signedFor} ${party.name}${party.country ? ` (${party.country})` : ''}`,
            bold: true,
          },
        ],
        { after: 4 },
      );
      for (const label of [
        words.name,
        words.function,
        `${words.place}, ${words.date}`,
        words.signature,
      ]) {
        this.text([{ text: `${label}:` }], { after: 0 });
        this.doc.line(MARGIN.left + 150, this.y - 4, MARGIN.left + WIDTH, this.y - 4);
        this.y += 6;
      }
    }
  }

  paragraph(block: Paragraph, words: SignatureWords) {
    switch (block.kind) {
      case 'text':
        return this.text(block.runs);
      case 'subheading':
        return this.text(block.runs, { bold: true, after: 4 });
      case 'list':
        return block.items.forEach((item, index) =>
          this.text(item, { indent: 18, prefix: block.ordered ? `${index + 1}.` : '•', after: 3 }),
        );
      case 'table':
        return this.table(block.header, block.rows);
      case 'signatures':
        return this.signatures(block.parties, words);
    }
  }

  heading(text: string, size: number, after: number) {
    this.ensure(size * LEADING * 3);
    this.text([{ text }], { size, bold: true, after });
  }
}

/** The text, cut with an ellipsis if it is wider than the page's text column. */
function fitWidth(doc: jsPDF, text: string): string {
  if (doc.getTextWidth(text) <= WIDTH) return text;
  let end = text.length;
  while (end > 1 && doc.getTextWidth(`${text.slice(0, end)}…`) > WIDTH) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}

export function renderPdf(
  model: DocumentModel,
  fonts: PdfFonts,
  words: SignatureWords,
  languageTag: string,
): Uint8Array {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true });
  doc.addFileToVFS('NotoSans-Regular.ttf', toBase64(fonts.regular));
  doc.addFont('NotoSans-Regular.ttf', FAMILY, 'normal');
  doc.addFileToVFS('NotoSans-Bold.ttf', toBase64(fonts.bold));
  doc.addFont('NotoSans-Bold.ttf', FAMILY, 'bold');
  doc.setProperties({
    title: model.title,
    subject: `${model.mark.draft} · ${model.mark.dossier}`,
    creator: 'JPP Toolbox',
  });
  doc.setLanguage(languageTag as Parameters<jsPDF['setLanguage']>[0]);

  const layout = new Layout(doc);
  layout.heading(model.title, SIZE.title, 4);
  layout.text([{ text: model.mark.draft, italic: true }], { after: 12 });
  for (const line of model.intro) layout.text(line);
  for (const section of model.sections) {
    layout.space(6);
    layout.heading(`${section.number}. ${section.title}`, SIZE.heading, 6);
    for (const clause of section.clauses) {
      layout.heading(
        clause.title ? `${clause.number} ${clause.title}` : clause.number,
        SIZE.clause,
        4,
      );
      for (const block of clause.paragraphs) layout.paragraph(block, words);
    }
  }

  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    doc.setFont(FAMILY, 'normal');
    doc.setFontSize(SIZE.small);
    doc.setTextColor(85, 85, 85);
    // Two short lines rather than one that wraps: each stays whole and searchable.
    doc.text(fitWidth(doc, printable(model.mark.draft)), MARGIN.left, 32);
    doc.text(fitWidth(doc, printable(model.mark.dossier)), MARGIN.left, 44);
    doc.text(
      printable(`${model.mark.version} · ${model.mark.date}`),
      MARGIN.left,
      PAGE.height - 40,
    );
    const label = fillPage(model.mark.pageLabel, page, pages);
    doc.text(label, PAGE.width - MARGIN.right - doc.getTextWidth(label), PAGE.height - 40);
  }
  return new Uint8Array(doc.output('arraybuffer'));
}
