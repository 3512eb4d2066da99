// The document model as a Word document (docx library): real heading styles so the navigation
// pane and screen readers see the structure, tables with a repeated header row, the draft mark
// in the header, and version, date and page numbers in the footer.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { SignatureWords } from '@/schemas/content/document-strings';
import type { DocumentModel, Paragraph as ModelParagraph, Run } from '../model';
import { fitTable, type ColumnNeeds } from '../table-layout';
import { printable } from '../text';

const FONT = 'Noto Sans';

function runs(
  model: Run[],
  languageTag: string,
  extra: { bold?: boolean; size?: number } = {},
): TextRun[] {
  return model.flatMap((run) =>
    printable(run.text)
      .split('\n')
      .map(
        (part, index) =>
          new TextRun({
            text: part,
            bold: run.bold || extra.bold || run.missing,
            italics: run.italic,
            ...(extra.size ? { size: extra.size } : {}),
            ...(run.missing ? { highlight: 'yellow' as const } : {}),
            ...(index > 0 ? { break: 1 } : {}),
            language: { value: languageTag },
          }),
      ),
  );
}

/** The page's text width in points (A4, 2 cm margins), for laying out tables. */
const TEXT_WIDTH = 595 - 2 * (1134 / 20);

/**
 * What each column needs at a font size, estimated from the number of characters: Word lays
 * out the text itself.
 */
function columnNeeds(cells: string[][], size: number): ColumnNeeds {
  const padding = 14;
  const columns = Math.max(1, ...cells.map((row) => row.length));
  const least = Array<number>(columns).fill(0);
  const natural = Array<number>(columns).fill(0);
  cells.forEach((row, rowIndex) => {
    // Generous for wide fonts (a word processor without Noto Sans uses one); headers are bold.
    const charWidth = size * (rowIndex === 0 ? 0.7 : 0.62);
    row.forEach((text, column) => {
      for (const line of text.split('\n')) {
        const longest = Math.max(0, ...line.split(/\s+/).map((word) => word.length));
        least[column] = Math.max(least[column] ?? 0, longest * charWidth + padding);
        natural[column] = Math.max(
          natural[column] ?? 0,
          Math.min(line.length * charWidth, TEXT_WIDTH) + padding,
        );
      }
    });
  });
  return { least, natural };
}

function table(header: string[], rows: Run[][][], languageTag: string): Table {
  const texts = [
    header,
    ...rows.map((row) => row.map((cell) => cell.map((run) => run.text).join(''))),
  ];
  const { size, widths } = fitTable(
    [10, 8.5, 7.5],
    (candidate) => columnNeeds(texts, candidate),
    TEXT_WIDTH,
  );
  const halfPoints = Math.round(size * 2);
  const cell = (children: TextRun[], column: number, isHeader: boolean) =>
    new TableCell({
      width: {
        size: Math.round(((widths[column] ?? 0) / TEXT_WIDTH) * 1000) / 10,
        type: WidthType.PERCENTAGE,
      },
      ...(isHeader ? { shading: { type: ShadingType.CLEAR, fill: 'E6ECEE', color: 'auto' } } : {}),
      children: [new Paragraph({ children })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths.map((width) => Math.round(width * 20)),
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map((text, column) =>
          cell(runs([{ text }], languageTag, { bold: true, size: halfPoints }), column, true),
        ),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            children: row.map((value, column) =>
              cell(runs(value, languageTag, { size: halfPoints }), column, false),
            ),
          }),
      ),
    ],
  });
}

function paragraph(
  block: ModelParagraph,
  languageTag: string,
  words: SignatureWords,
): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'text':
      return [new Paragraph({ children: runs(block.runs, languageTag), spacing: { after: 120 } })];
    case 'subheading':
      return [
        new Paragraph({
          children: runs(block.runs, languageTag, { bold: true }),
          spacing: { before: 120, after: 80 },
        }),
      ];
    case 'list':
      return block.items.map(
        (item) =>
          new Paragraph({
            children: runs(item, languageTag),
            numbering: { reference: block.ordered ? 'ordered' : 'bullets', level: 0 },
            spacing: { after: 60 },
          }),
      );
    case 'table':
      return [table(block.header, block.rows, languageTag), new Paragraph({ children: [] })];
    case 'signatures':
      return block.parties.flatMap((party) => [
        new Paragraph({
          keepNext: true,
          spacing: { before: 240, after: 60 },
          border: { top: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 6 } },
          children: runs(
            [
              {
                text: `${words.signedFor} ${party.name}${party.country ? ` (${party.country})` : ''}`,
                bold: true,
              },
            ],
            languageTag,
          ),
        }),
        ...[words.name, words.function, `${words.place}, ${words.date}`, words.signature].map(
          (label) =>
            new Paragraph({
              keepNext: true,
              spacing: { after: 120 },
              children: runs([{ text: `${label}: ______________________________` }], languageTag),
            }),
        ),
      ]);
  }
}

function docxDocument(model: DocumentModel, words: SignatureWords, languageTag: string): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: runs([{ text: model.title }], languageTag),
    }),
    new Paragraph({
      children: runs([{ text: model.mark.draft, italic: true }], languageTag),
      spacing: { after: 240 },
    }),
    ...model.intro.map(
      (line) => new Paragraph({ children: runs(line, languageTag), spacing: { after: 120 } }),
    ),
  ];
  for (const section of model.sections) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: runs([{ text: `${section.number}. ${section.title}` }], languageTag),
      }),
    );
    for (const clause of section.clauses) {
      children.push(
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          keepNext: true,
          children: runs(
            [{ text: clause.title ? `${clause.number} ${clause.title}` : clause.number }],
            languageTag,
          ),
        }),
      );
      for (const block of clause.paragraphs) children.push(...paragraph(block, languageTag, words));
    }
  }
  const small = { size: 16, color: '555555' };
  return new Document({
    creator: 'JPP Toolbox',
    title: model.title,
    description: `${model.mark.draft} · ${model.mark.dossier}`,
    styles: {
      default: {
        document: { run: { font: FONT, size: 21, language: { value: languageTag } } },
        heading1: {
          run: { font: FONT, size: 28, bold: true, color: '1D4F5C' },
          paragraph: { spacing: { before: 360, after: 120 } },
        },
        heading2: {
          run: { font: FONT, size: 22, bold: true },
          paragraph: { spacing: { before: 200, after: 80 } },
        },
        title: {
          run: { font: FONT, size: 40, bold: true },
          paragraph: { spacing: { after: 120 } },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
        {
          reference: 'ordered',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: [
                  new TextRun({
                    text: printable(`${model.mark.draft} · ${model.mark.dossier}`),
                    ...small,
                  }),
                ],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [
                  new TextRun({
                    text: printable(`${model.mark.version} · ${model.mark.date} · `),
                    ...small,
                  }),
                  ...model.mark.pageLabel
                    .split(/(\{page\}|\{pages\})/)
                    .filter(Boolean)
                    .map((part) =>
                      part === '{page}'
                        ? new TextRun({ children: [PageNumber.CURRENT], ...small })
                        : part === '{pages}'
                          ? new TextRun({ children: [PageNumber.TOTAL_PAGES], ...small })
                          : new TextRun({ text: part, ...small }),
                    ),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function renderDocx(
  model: DocumentModel,
  words: SignatureWords,
  languageTag: string,
): Promise<Uint8Array> {
  const buffer = await Packer.toArrayBuffer(docxDocument(model, words, languageTag));
  return new Uint8Array(buffer);
}
