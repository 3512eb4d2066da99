// Checks document templates against the content: every clause has its text in every language
// the template offers, every {{placeholder}} names a value that exists where it is used, and
// every condition refers to real fields.
import { referencedFields, parseFieldRef } from '@/domain/conditions';
import { DERIVED_STEP, derivedFactNames } from '@/domain/derived-facts';
import { formatJsonPath } from '@/domain/json-path';
import { namedValues, OWN_VALUE } from './values';
import { documentStringsOf } from './make-document';
import type { Condition } from '@/schemas/condition';
import type { Field } from '@/schemas/content/field';
import type { RowSource } from '@/schemas/content/template';
import type { ContentRegistry } from '@/schemas/content-registry';
import type { LanguageCode } from '@/schemas/ids';
import type { InlineNode, RichText } from '@/schemas/rich-text';
import type { ContentProblem } from '@/schemas/content-problem';
import { clausePath } from '@/schemas/content/template';

const PLACEHOLDER = /\{\{\s*([^}]*?)\s*\}\}/g;
const ROW_VALUES = new Set([
  'party.name',
  'party.country',
  'party.type',
  'share.percent',
  'share.amount',
  'row.number',
]);

function placeholdersOf(tree: RichText): string[] {
  const inline = (nodes: InlineNode[]): string[] =>
    nodes.flatMap((node) =>
      node.type === 'text'
        ? [...node.value.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '')
        : node.type === 'strong' || node.type === 'emphasis' || node.type === 'link'
          ? inline(node.children)
          : [],
    );
  return tree.flatMap((block) => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return inline(block.children);
      case 'blockquote':
        return placeholdersOf(block.children);
      case 'list':
        return block.items.flatMap(placeholdersOf);
      case 'table':
        return [...block.head, ...block.rows.flat()].flatMap(inline);
      default:
        return [];
    }
  });
}

export function checkTemplates(
  registry: ContentRegistry,
  markdown: Record<string, { tree: RichText }>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const used = new Set<string>();
  const acts = new Set(registry.lists['legal-acts']?.options.map((act) => act.id));

  const groupOf = (source: string) => {
    const { step, field } = parseFieldRef(source);
    const group = step
      ? registry.steps[step]?.fields.find((candidate) => candidate.id === field)
      : undefined;
    return group?.kind === 'group' ? group : undefined;
  };

  /** Why a placeholder is not valid in this context, or undefined when it is. */
  const invalid = (
    name: string,
    rows: RowSource | undefined,
    perParty: boolean,
  ): string | undefined => {
    if (ROW_VALUES.has(name)) {
      if (name.startsWith('share.') && rows !== 'cost-split')
        return `{{${name}}} needs rows from "cost-split"`;
      if (
        name.startsWith('party.') &&
        !perParty &&
        !(
          rows === 'parties' ||
          rows === 'cost-split' ||
          (rows && groupOf(rows)?.fields.some((field) => field.kind === 'party'))
        )
      )
        return `{{${name}}} needs an authority: use it in a per-authority template or in rows of authorities`;
      if (name === 'row.number' && !rows) return '{{row.number}} needs rows (repeat or table)';
      return undefined;
    }
    if (namedValues[name]) return undefined;
    const answer = /^answer\.([a-z0-9-]+)\.([a-z0-9-]+)$/.exec(name);
    if (answer) {
      const field = registry.steps[answer[1] ?? '']?.fields.find(
        (candidate) => candidate.id === answer[2],
      );
      if (!field) return `{{${name}}}: there is no field "${answer[2]}" in step "${answer[1]}"`;
      if (field.kind === 'group')
        return `{{${name}}} is a repeatable group: print its items in a table or a repeated clause`;
      return undefined;
    }
    const item = /^item\.([a-z0-9-]+)$/.exec(name);
    if (item) {
      const group = rows ? groupOf(rows) : undefined;
      if (!group) return `{{${name}}} needs rows from a repeatable group ("step.field")`;
      if (!group.fields.some((field) => field.id === item[1]))
        return `{{${name}}}: group "${rows}" has no field "${item[1]}"`;
      return undefined;
    }
    const own = OWN_VALUE.exec(name);
    if (own) {
      const source = `${own[1]}.${own[2]}`;
      const group = groupOf(source);
      if (!group) return `{{${name}}}: "${source}" is not a repeatable group`;
      if (!group.fields.some((field) => field.id === own[3]))
        return `{{${name}}}: group "${source}" has no field "${own[3]}"`;
      if (
        source !== 'buyers-group.authorities' &&
        !group.fields.some((field) => field.kind === 'party')
      )
        return `{{${name}}}: the items of "${source}" do not belong to an authority (no "party" question)`;
      if (!perParty && !(rows === 'parties' || rows === 'cost-split'))
        return `{{${name}}} needs an authority: use it in a per-authority template or in rows of authorities`;
      return undefined;
    }
    return `{{${name}}} is not a value documents know (see content/README.md, Documents)`;
  };

  /** The question an answer, item or own value prints, and where it is, for messages. */
  const questionOf = (
    name: string,
    rows: RowSource | undefined,
  ): { field?: Field; where: string } | undefined => {
    const answer = /^answer\.([a-z0-9-]+)\.([a-z0-9-]+)$/.exec(name);
    if (answer)
      return {
        field: registry.steps[answer[1] ?? '']?.fields.find(
          (candidate) => candidate.id === answer[2],
        ),
        where: `step "${answer[1]}", question "${answer[2]}"`,
      };
    const item = /^item\.([a-z0-9-]+)$/.exec(name);
    const own = OWN_VALUE.exec(name);
    const source = item ? rows : own ? `${own[1]}.${own[2]}` : undefined;
    const fieldId = item?.[1] ?? own?.[3];
    if (!source || !fieldId) return undefined;
    return {
      field: groupOf(source)?.fields.find((candidate) => candidate.id === fieldId) as
        Field | undefined,
      where: `group "${source}", question "${fieldId}"`,
    };
  };

  /** Option labels a value prints that have no text in the language (they would print in English). */
  const untranslated = (
    name: string,
    rows: RowSource | undefined,
    language: LanguageCode,
  ): string | undefined => {
    if (language === 'en') return undefined;
    type Labelled = {
      id: string;
      label: Record<string, string | undefined>;
      hint?: Record<string, string | undefined> | undefined;
    };
    // Only route.basis prints a hint (the legal basis of a route); other values print labels.
    const missingIn = (options: Labelled[] | undefined) =>
      (options ?? [])
        .filter(
          (option) =>
            !option.label[language] ||
            (name === 'route.basis' && option.hint && !option.hint[language]),
        )
        .map((option) => option.id);
    const fieldOptionsOf = (field: Field | undefined): Labelled[] | undefined =>
      field && (field.kind === 'choice' || field.kind === 'multichoice')
        ? (field.options ?? (field.list ? registry.lists[field.list]?.options : undefined))
        : field?.kind === 'member-state'
          ? registry.lists['member-states']?.options
          : undefined;
    let options: Labelled[] | undefined;
    let where = '';
    const labels = namedValues[name]?.labels;
    const question = questionOf(name, rows);
    if (labels && 'list' in labels) {
      options = registry.lists[labels.list]?.options;
      where = `content/lists/${labels.list}.json`;
    } else if (labels) {
      options = fieldOptionsOf(
        registry.steps[labels.step]?.fields.find((field) => field.id === labels.field),
      );
      where = `step "${labels.step}", question "${labels.field}"`;
    } else if (question) {
      options = fieldOptionsOf(question.field);
      where = question.where;
    }
    const field = question?.field;
    const strings = documentStringsOf(registry, language);
    if (field && !(field.name ?? field.label)[language] && !strings?.values?.[name])
      return `{{${name}}} has no ${language} name for "[missing: …]": give the question a ${language} "name" (or "label") or add "${name}" to ${language}.values in content/templates/strings.json`;
    const missing = missingIn(options);
    return missing.length > 0
      ? `{{${name}}} prints option labels that have no ${language} text (${where}: ${missing.slice(0, 6).join(', ')}${missing.length > 6 ? ', …' : ''})`
      : undefined;
  };

  const checkCondition = (file: string, condition: Condition | undefined, path: PropertyKey[]) => {
    if (!condition) return;
    for (const ref of referencedFields(condition)) {
      const { step, field } = parseFieldRef(ref);
      if (step === DERIVED_STEP) {
        if (!derivedFactNames.some((name) => name === field))
          problems.push({
            file,
            path: formatJsonPath(path),
            message: `"${ref}" is not a derived fact`,
          });
      } else if (!step || !registry.steps[step]?.fields.some((candidate) => candidate.id === field))
        problems.push({
          file,
          path: formatJsonPath(path),
          message: `The condition refers to "${ref}", which is not a field of a step ("step.field")`,
        });
    }
  };

  for (const template of registry.templates) {
    const file = `content/templates/${template.id}/template.json`;
    template.sections.forEach((section, sectionIndex) => {
      checkCondition(file, section.showIf, ['sections', sectionIndex, 'showIf']);
      section.clauses.forEach((clause, clauseIndex) => {
        const path = ['sections', sectionIndex, 'clauses', clauseIndex];
        checkCondition(file, clause.showIf, [...path, 'showIf']);
        clause.legal?.forEach((ref, index) => {
          if (!acts.has(ref.act))
            problems.push({
              file,
              path: formatJsonPath([...path, 'legal', index, 'act']),
              message: `Unknown act "${ref.act}"`,
            });
        });
        for (const source of [clause.repeat, clause.table?.rows]) {
          if (source && source !== 'parties' && source !== 'cost-split' && !groupOf(source))
            problems.push({
              file,
              path: formatJsonPath(path),
              message: `"${source}" is not a repeatable group ("step.field")`,
            });
        }
        clause.table?.columns.forEach((column, index) => {
          for (const match of column.value.matchAll(PLACEHOLDER)) {
            const columnPath = formatJsonPath([...path, 'table', 'columns', index, 'value']);
            const why = invalid(match[1] ?? '', clause.table?.rows, template.perParty ?? false);
            if (why) problems.push({ file, path: columnPath, message: why });
            for (const language of template.languages) {
              const gap = why
                ? undefined
                : untranslated(match[1] ?? '', clause.table?.rows, language);
              if (gap) problems.push({ file, path: columnPath, message: gap });
            }
          }
        });
        const needsText = !clause.table && !clause.signatures;
        for (const language of template.languages) {
          const textPath = clausePath(template.id, clause.id, language);
          const compiled = markdown[textPath];
          if (!compiled) {
            if (
              needsText ||
              (language !== 'en' && markdown[clausePath(template.id, clause.id, 'en')])
            )
              problems.push({
                file: textPath.slice(1),
                path: '',
                message: `The clause "${clause.id}" has no ${language} text; the template offers ${language}`,
              });
            continue;
          }
          used.add(textPath);
          for (const name of placeholdersOf(compiled.tree)) {
            const why = invalid(name, clause.repeat, template.perParty ?? false);
            if (why) problems.push({ file: textPath.slice(1), path: '', message: why });
            const gap = why ? undefined : untranslated(name, clause.repeat, language);
            if (gap) problems.push({ file: textPath.slice(1), path: '', message: gap });
            if (namedValues[name] && !registry.documentStrings.en.values[name])
              problems.push({
                file: 'content/templates/strings.json',
                path: 'en.values',
                message: `Name the value "${name}" for missing-data messages`,
              });
          }
        }
      });
    });
  }
  for (const path of Object.keys(markdown)) {
    if (path.startsWith('/content/templates/') && !used.has(path))
      problems.push({
        file: path.slice(1),
        path: '',
        message:
          'No template clause uses this text (check the clause id and the template languages)',
      });
  }
  return problems;
}
