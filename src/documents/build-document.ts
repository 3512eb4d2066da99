// Template + dossier → document model. Pure: the clause texts arrive already parsed (Markdown
// compiled at build time), and values are put into the parsed text, so a user's "{{…}}",
// Markdown or HTML can never change a document's structure: it is printed as typed.
import { bindings } from '@/domain/bindings';
import { evaluateCondition, parseFieldRef } from '@/domain/conditions';
import type { FieldContext } from '@/domain/field-context';
import { localise } from '@/domain/localise';
import { listParties } from '@/domain/parties';
import { answersLookup } from '@/domain/step-schema';
import type { DocumentWords } from '@/schemas/content/document-strings';
import type { Clause as ClauseSpec, RowSource, Template } from '@/schemas/content/template';
import type { ContentRegistry } from '@/schemas/content-registry';
import type { Dossier } from '@/schemas/dossier';
import type { LanguageCode } from '@/schemas/ids';
import type { BlockNode, InlineNode, RichText } from '@/schemas/rich-text';
import type { Clause, DocumentModel, MissingValue, Paragraph, Run } from './model';
import {
  inSentence,
  isOptionalValue,
  resolveValue,
  rowsOf,
  valueQuestion,
  valueSource,
  type Row,
  type ValueContext,
} from './values';

/** Printed for an optional question left blank: nothing to say, not a gap. */
const NOTHING = '—';

export const PLACEHOLDER = /\{\{\s*([a-z][a-z0-9.-]*)\s*\}\}/g;

export interface BuildOptions {
  language: LanguageCode;
  locale: string;
  /** ISO date-time of the export. */
  now: string;
  fields: FieldContext;
  words: DocumentWords;
  /** For a per-authority document: the authority's id. */
  party?: string;
  /** The parsed text of a clause in a language, or undefined if it has none. */
  clauseText: (clauseId: string, language: LanguageCode) => RichText | undefined;
}

type Style = Pick<Run, 'bold' | 'italic'>;

class Builder {
  readonly missing: MissingValue[] = [];
  private incomplete = false;
  private clauseLabel = '';

  constructor(
    private readonly registry: ContentRegistry,
    private readonly options: BuildOptions,
    private readonly base: ValueContext,
  ) {}

  startClause(label: string) {
    this.clauseLabel = label;
    this.incomplete = false;
  }

  finishClause() {
    return this.incomplete;
  }

  private label(name: string, ctx: ValueContext): string {
    const known = this.options.words.values[name];
    if (known) return known;
    const question = valueQuestion(name, ctx);
    // A question's name starts a sentence; in a marker it sits inside one.
    return question
      ? inSentence(localise(question.name ?? question.label, this.options.language))
      : name;
  }

  /** A marked "[missing: …]" run, listed with the step where the user can give it. */
  markMissing(what: string, stepId: string | undefined, style: Style = {}): Run {
    this.incomplete = true;
    const step = stepId ? this.registry.steps[stepId] : undefined;
    if (!this.missing.some((entry) => entry.clause === this.clauseLabel && entry.what === what))
      this.missing.push({
        clause: this.clauseLabel,
        what,
        ...(step
          ? {
              step: {
                phase: step.phase,
                step: step.id,
                title: localise(step.title, this.options.language),
              },
            }
          : {}),
      });
    return { text: this.options.words.missing.replace('{what}', what), ...style, missing: true };
  }

  /** A table or repeated clause with no rows yet says what is missing instead of vanishing. */
  noRows(source: RowSource): Paragraph {
    const { values } = this.options.words;
    if (source === 'parties')
      return {
        kind: 'text',
        runs: [this.markMissing(values['buyers.list'] ?? source, 'buyers-group')],
      };
    if (source === 'cost-split')
      return {
        kind: 'text',
        runs: [this.markMissing(values['share.percent'] ?? source, bindings.costMethod.step)],
      };
    const { step: stepId = '', field: fieldId } = parseFieldRef(source);
    const field = this.registry.steps[stepId]?.fields.find((candidate) => candidate.id === fieldId);
    return {
      kind: 'text',
      runs: [
        this.markMissing(
          field ? inSentence(localise(field.name ?? field.label, this.options.language)) : source,
          stepId,
        ),
      ],
    };
  }

  /** Text with its placeholders replaced; a missing value becomes a marked run. */
  fill(text: string, style: Style, ctx: ValueContext): Run[] {
    const runs: Run[] = [];
    let last = 0;
    for (const match of text.matchAll(PLACEHOLDER)) {
      const index = match.index ?? 0;
      if (index > last) runs.push({ text: text.slice(last, index), ...style });
      const name = match[1] ?? '';
      const value = resolveValue(name, ctx);
      if (value !== undefined && value !== '') runs.push({ text: value, ...style });
      else if (isOptionalValue(name, ctx)) runs.push({ text: NOTHING, ...style });
      else runs.push(this.markMissing(this.label(name, ctx), valueSource(name, ctx), style));
      last = index + match[0].length;
    }
    if (last < text.length) runs.push({ text: text.slice(last), ...style });
    return runs;
  }

  inline(nodes: InlineNode[], style: Style, ctx: ValueContext): Run[] {
    return nodes.flatMap((node): Run[] => {
      switch (node.type) {
        case 'text':
          return this.fill(node.value, style, ctx);
        case 'code':
        case 'term':
          return [{ text: node.value, ...style }];
        case 'break':
          return [{ text: '\n', ...style }];
        case 'strong':
          return this.inline(node.children, { ...style, bold: true }, ctx);
        case 'emphasis':
          return this.inline(node.children, { ...style, italic: true }, ctx);
        case 'link':
          return this.inline(node.children, style, ctx);
      }
    });
  }

  blocks(tree: RichText, ctx: ValueContext): Paragraph[] {
    return tree.flatMap((node: BlockNode): Paragraph[] => {
      switch (node.type) {
        case 'heading':
          return [{ kind: 'subheading', runs: this.inline(node.children, {}, ctx) }];
        case 'paragraph':
          return [{ kind: 'text', runs: this.inline(node.children, {}, ctx) }];
        case 'blockquote':
          return this.blocks(node.children, ctx).map((paragraph) =>
            paragraph.kind === 'text'
              ? { ...paragraph, runs: paragraph.runs.map((run) => ({ ...run, italic: true })) }
              : paragraph,
          );
        case 'list':
          return [
            {
              kind: 'list',
              ordered: node.ordered,
              items: node.items.map((item) =>
                this.blocks(item, ctx).flatMap((paragraph, index) =>
                  paragraph.kind === 'text' || paragraph.kind === 'subheading'
                    ? [...(index > 0 ? [{ text: ' ' }] : []), ...paragraph.runs]
                    : [],
                ),
              ),
            },
          ];
        case 'table':
          return [
            {
              kind: 'table',
              header: node.head.map((cell) =>
                this.inline(cell, {}, ctx)
                  .map((run) => run.text)
                  .join(''),
              ),
              rows: node.rows.map((row) => row.map((cell) => this.inline(cell, {}, ctx))),
            },
          ];
        case 'thematicBreak':
          return [];
      }
    });
  }

  clause(spec: ClauseSpec, number: string): Clause | undefined {
    const { language } = this.options;
    const title = spec.title ? localise(spec.title, language) : undefined;
    this.startClause(`${number}${title ? ` ${title}` : ''}`);
    const paragraphs: Paragraph[] = [];
    const text =
      this.options.clauseText(spec.id, language) ?? this.options.clauseText(spec.id, 'en');
    const rows: (Row | undefined)[] = spec.repeat ? rowsOf(spec.repeat, this.base) : [undefined];
    if (text)
      for (const row of rows)
        paragraphs.push(...this.blocks(text, row ? { ...this.base, row } : this.base));
    if (spec.repeat && rows.length === 0) paragraphs.push(this.noRows(spec.repeat));
    const table = spec.table;
    if (table) {
      const tableRows = rowsOf(table.rows, this.base);
      if (tableRows.length === 0) paragraphs.push(this.noRows(table.rows));
      else
        paragraphs.push({
          kind: 'table',
          header: table.columns.map((column) => localise(column.header, language)),
          rows: tableRows.map((row) =>
            table.columns.map((column) => this.fill(column.value, {}, { ...this.base, row })),
          ),
        });
    }
    if (spec.signatures) {
      const parties = this.base.party ? [this.base.party] : listParties(this.base.dossier.answers);
      paragraphs.push({
        kind: 'signatures',
        parties: parties.map((party) => ({
          name: party.name,
          country: resolveValue('party.country', { ...this.base, row: { number: 1, party } }),
        })),
      });
    }
    if (paragraphs.length === 0) return undefined;
    return { number, ...(title ? { title } : {}), paragraphs, incomplete: this.finishClause() };
  }
}

export function buildDocument(
  template: Template,
  dossier: Dossier,
  registry: ContentRegistry,
  options: BuildOptions,
): DocumentModel {
  const { language, words } = options;
  const party = options.party
    ? listParties(dossier.answers).find((candidate) => candidate.id === options.party)
    : undefined;
  const base: ValueContext = {
    registry,
    dossier,
    language,
    locale: options.locale,
    fields: options.fields,
    now: options.now,
    ...(party ? { party } : {}),
  };
  const builder = new Builder(registry, options, base);
  const lookup = answersLookup(dossier.answers);
  const shows = (condition: ClauseSpec['showIf']) =>
    condition ? evaluateCondition(condition, lookup) : true;

  const sections = template.sections
    .filter((section) => shows(section.showIf))
    .map((section, sectionIndex) => {
      const number = String(sectionIndex + 1);
      const clauses = section.clauses
        .filter((clause) => shows(clause.showIf))
        .map((clause, clauseIndex) => builder.clause(clause, `${number}.${clauseIndex + 1}`))
        .filter((clause): clause is Clause => clause !== undefined);
      return { number, title: localise(section.title, language), clauses };
    })
    .filter((section) => section.clauses.length > 0);

  const date = new Intl.DateTimeFormat(options.locale, {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(options.now));
  const version = new Intl.DateTimeFormat(options.locale, {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(new Date(dossier.updatedAt));
  return {
    templateId: template.id,
    title: localise(template.title, language),
    ...(party ? { party: party.name } : {}),
    language,
    mark: {
      draft: template.nature === 'intent' ? `${words.draft} · ${words.intent}` : words.draft,
      dossier: dossier.name,
      version: words.version.replace('{version}', `${version} UTC`),
      date,
      pageLabel: words.page,
    },
    intro: party ? [[{ text: words.forParty.replace('{party}', party.name) }]] : [],
    sections,
    missing: builder.missing,
  };
}
