// Validates every content file against its schema and every reference between files, then
// builds the registry. Pure: the files come in as data, so content:check, the CLI and the app
// share this code (DESIGN.md §4).
import type * as z from 'zod';
import { allBindings } from '@/domain/bindings';
import { DERIVED_STEP, derivedFactNames } from '@/domain/derived-facts';
import { referencedFields, parseFieldRef } from '@/domain/conditions';
import { MEMBER_STATES_LIST } from '@/domain/field-context';
import { formatJsonPath } from '@/domain/json-path';
import { LEGAL_ACTS_LIST } from '@/domain/legal-references';
import { statementIds } from '@/domain/statement-ids';
import type { Condition } from '@/schemas/condition';
import type { Field } from '@/schemas/content/field';
import { casesSchema, glossarySchema } from '@/schemas/content/knowledge';
import { listSchema, type List } from '@/schemas/content/list';
import { contentManifestSchema } from '@/schemas/content/manifest';
import { phaseSchema, type Phase } from '@/schemas/content/phase';
import { thresholdsSchema, timeLimitsSchema } from '@/schemas/content/rules-data';
import { statementsSchema } from '@/schemas/content/statements';
import { stepSchema } from '@/schemas/content/step';
import { templateSchema, type Template } from '@/schemas/content/template';
import { documentStringsSchema } from '@/schemas/content/document-strings';
import type { ContentRegistry, RegisteredStep } from '@/schemas/content-registry';
import { CHECK_ANSWERS } from '@/schemas/dossier';
import { phaseIds, type PhaseId } from '@/schemas/ids';
import type { LegalReference } from '@/schemas/legal-reference';
import type { ContentProblem } from './content-problem';
import type { RawFiles } from './content-files';

/** Words that mean a text is not finished; users must never see them. */
export const PLACEHOLDER_PATTERN =
  /lorem ipsum|\bTODO\b|\bTBD\b|\bFIXME\b|\bXXX\b|placeholder text|coming soon/i;

/** Kinds whose generic error messages need a short `name` for the answer. */
const NAMED_KINDS = new Set<Field['kind']>([
  'text',
  'textarea',
  'number',
  'money',
  'percentage',
  'date',
]);

const display = (path: string) => path.replace(/^\//, '');

function zodProblems(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({
    file: display(file),
    path: formatJsonPath(issue.path),
    message: issue.message,
  }));
}

function parseFile<T>(
  file: string,
  data: unknown,
  schema: z.ZodType<T>,
  problems: ContentProblem[],
): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  problems.push(...zodProblems(file, result.error));
  return undefined;
}

/** Walks every string under `value`, with its JSON path. */
function* strings(value: unknown, path: PropertyKey[] = []): Generator<[string, PropertyKey[]]> {
  if (typeof value === 'string') yield [value, path];
  else if (Array.isArray(value))
    for (const [i, item] of value.entries()) yield* strings(item, [...path, i]);
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) yield* strings(item, [...path, key]);
}

/** The order documents are listed in: agreements first, then the reports by phase. */
const TEMPLATE_ORDER = [
  'memorandum-of-understanding',
  'letter-of-intent',
  'joint-procurement-agreement',
  'harmonisation-report',
  'tender-plan',
  'contract-management-plan',
];

export interface BuildResult {
  registry?: ContentRegistry;
  problems: ContentProblem[];
}

export function buildRegistry(files: RawFiles): BuildResult {
  const problems: ContentProblem[] = [];
  const add = (file: string, path: PropertyKey[] | string, message: string) =>
    problems.push({
      file: display(file),
      path: typeof path === 'string' ? path : formatJsonPath(path),
      message,
    });

  for (const [file, data] of Object.entries(files)) {
    for (const [text, path] of strings(data)) {
      if (PLACEHOLDER_PATTERN.test(text))
        add(file, path, `Unfinished text "${text.slice(0, 60)}" must not reach users`);
    }
  }

  const manifestFile = '/content/content.json';
  const manifest = files[manifestFile]
    ? parseFile(manifestFile, files[manifestFile], contentManifestSchema, problems)
    : (add(manifestFile, '', 'content/content.json is missing'), undefined);

  const lists: Record<string, List> = {};
  const steps: Record<string, RegisteredStep> = {};
  const stepFiles: Record<string, string> = {};
  const phases: Phase[] = [];

  for (const [file, data] of Object.entries(files)) {
    const listMatch = /^\/content\/lists\/([^/]+)\.json$/.exec(file);
    if (!listMatch) continue;
    const list = parseFile(file, data, listSchema, problems);
    if (!list) continue;
    if (list.id !== listMatch[1])
      add(file, 'id', `The id "${list.id}" must match the file name "${listMatch[1]}"`);
    lists[list.id] = list;
  }

  for (const phaseId of phaseIds) {
    const file = `/content/phases/${phaseId}/phase.json`;
    if (!(file in files)) {
      add(file, '', `Phase "${phaseId}" has no phase.json; the lifecycle needs all six phases`);
      continue;
    }
    const phase = parseFile(file, files[file], phaseSchema, problems);
    if (!phase) continue;
    if (phase.id !== phaseId)
      add(file, 'id', `The id "${phase.id}" must match the folder "${phaseId}"`);
    phases.push(phase);
  }
  for (const file of Object.keys(files)) {
    const match = /^\/content\/phases\/([^/]+)\/phase\.json$/.exec(file);
    if (match && !phaseIds.includes(match[1] as PhaseId))
      add(file, '', `"${match[1]}" is not a lifecycle phase (${phaseIds.join(', ')})`);
  }

  for (const [file, data] of Object.entries(files)) {
    const match = /^\/content\/phases\/([^/]+)\/steps\/([^/]+)\.json$/.exec(file);
    if (!match) continue;
    const [, phaseId = '', fileId = ''] = match;
    const step = parseFile(file, data, stepSchema, problems);
    if (!step) continue;
    if (step.id !== fileId)
      add(file, 'id', `The id "${step.id}" must match the file name "${fileId}"`);
    if (step.id === CHECK_ANSWERS || step.id === DERIVED_STEP)
      add(file, 'id', `"${step.id}" is reserved: use another step id`);
    if (steps[step.id])
      add(file, 'id', `Step id "${step.id}" is also used by ${stepFiles[step.id]}`);
    const phase = phases.find((candidate) => candidate.id === phaseId);
    if (!phase) continue;
    if (!phase.steps.includes(step.id))
      add(file, '', `This step is not listed in content/phases/${phaseId}/phase.json "steps"`);
    steps[step.id] = { ...step, phase: phase.id };
    stepFiles[step.id] = display(file);
  }

  for (const phase of phases) {
    const file = `/content/phases/${phase.id}/phase.json`;
    phase.steps.forEach((stepId, index) => {
      // A file that exists but failed its schema is already reported; do not also call it missing.
      if (`/content/phases/${phase.id}/steps/${stepId}.json` in files) return;
      if (steps[stepId]?.phase !== phase.id)
        add(file, ['steps', index], `No file content/phases/${phase.id}/steps/${stepId}.json`);
    });
  }

  const single = <T>(file: string, schema: z.ZodType<T>, what: string): T | undefined => {
    if (!(file in files)) {
      add(file, '', `${what} is missing`);
      return undefined;
    }
    return parseFile(file, files[file], schema, problems);
  };
  const thresholds = single(
    '/content/rules/thresholds.json',
    thresholdsSchema,
    'The table of EU thresholds',
  );
  const timeLimits = single(
    '/content/rules/time-limits.json',
    timeLimitsSchema,
    'The table of time limits',
  );
  const statements = single(
    '/content/rules/statements.json',
    statementsSchema,
    'The statements of the legal rules',
  );
  const glossary = single('/content/knowledge/glossary.json', glossarySchema, 'The glossary');
  const cases = single('/content/knowledge/cases.json', casesSchema, 'The library of cases');

  const documentStrings = single(
    '/content/templates/strings.json',
    documentStringsSchema,
    'The words of documents',
  );
  const templates: Template[] = [];
  for (const [file, data] of Object.entries(files)) {
    const match = /^\/content\/templates\/([^/]+)\/template\.json$/.exec(file);
    if (!match) continue;
    const template = parseFile(file, data, templateSchema, problems);
    if (!template) continue;
    if (template.id !== match[1])
      add(file, 'id', `The id "${template.id}" must match the folder "${match[1]}"`);
    templates.push(template);
  }
  const rank = (id: string) =>
    TEMPLATE_ORDER.includes(id) ? TEMPLATE_ORDER.indexOf(id) : TEMPLATE_ORDER.length;
  templates.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));

  if (
    problems.length > 0 ||
    !manifest ||
    !thresholds ||
    !timeLimits ||
    !statements ||
    !glossary ||
    !cases ||
    !documentStrings
  )
    return { problems };
  const registry: ContentRegistry = {
    manifest,
    phases,
    steps,
    lists,
    rules: { thresholds, timeLimits, statements },
    knowledge: { glossary, cases },
    templates,
    documentStrings,
  };
  problems.push(...checkReferences(registry, stepFiles));
  return problems.length > 0 ? { problems } : { registry, problems };
}

/** The order of steps in the lifecycle, for "a condition may only look back" checks. */
function stepOrder(registry: ContentRegistry): Map<string, number> {
  return new Map(registry.phases.flatMap((phase) => phase.steps).map((id, index) => [id, index]));
}

function checkReferences(
  registry: ContentRegistry,
  stepFiles: Record<string, string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const order = stepOrder(registry);
  const acts = registry.lists[LEGAL_ACTS_LIST];
  if (!acts)
    problems.push({
      file: `content/lists/${LEGAL_ACTS_LIST}.json`,
      path: '',
      message: 'The list of legal acts is missing',
    });
  if (!registry.lists[MEMBER_STATES_LIST])
    problems.push({
      file: `content/lists/${MEMBER_STATES_LIST}.json`,
      path: '',
      message: 'The list of member states is missing',
    });

  const checkLegal = (file: string, refs: LegalReference[] | undefined, path: PropertyKey[]) =>
    refs?.forEach((ref, index) => {
      if (acts && !acts.options.some((act) => act.id === ref.act))
        problems.push({
          file,
          path: formatJsonPath([...path, index, 'act']),
          message: `Unknown act "${ref.act}": add it to content/lists/${LEGAL_ACTS_LIST}.json`,
        });
    });

  for (const phase of registry.phases) {
    checkLegal(`content/phases/${phase.id}/phase.json`, phase.legal, ['legal']);
  }
  const written = new Set(registry.rules.statements.statements.map((statement) => statement.id));
  for (const id of statementIds)
    if (!written.has(id))
      problems.push({
        file: 'content/rules/statements.json',
        path: 'statements',
        message: `The rules say "${id}", but it has no words here`,
      });
  registry.rules.statements.statements.forEach((statement, index) => {
    if (!statementIds.some((id) => id === statement.id))
      problems.push({
        file: 'content/rules/statements.json',
        path: formatJsonPath(['statements', index, 'id']),
        message: `No rule says "${statement.id}" (src/domain/statement-ids.ts)`,
      });
  });
  registry.rules.statements.statements.forEach((statement, index) =>
    checkLegal('content/rules/statements.json', statement.legal, ['statements', index, 'legal']),
  );
  registry.rules.timeLimits.rows.forEach((row, index) =>
    checkLegal('content/rules/time-limits.json', row.legal, ['rows', index, 'legal']),
  );
  checkLegal('content/rules/time-limits.json', registry.rules.timeLimits.legal, ['legal']);
  checkLegal('content/rules/thresholds.json', registry.rules.thresholds.legal, ['legal']);
  const termIds = new Set(registry.knowledge.glossary.terms.map((term) => term.id));
  registry.knowledge.glossary.terms.forEach((term, index) => {
    checkLegal('content/knowledge/glossary.json', term.legal, ['terms', index, 'legal']);
    term.see?.forEach((id, seeIndex) => {
      if (!termIds.has(id))
        problems.push({
          file: 'content/knowledge/glossary.json',
          path: formatJsonPath(['terms', index, 'see', seeIndex]),
          message: `There is no term "${id}"`,
        });
    });
  });
  registry.knowledge.cases.cases.forEach((item, index) =>
    checkLegal('content/knowledge/cases.json', item.legal, ['cases', index, 'legal']),
  );
  for (const list of Object.values(registry.lists)) {
    list.options.forEach((option, index) =>
      checkLegal(`content/lists/${list.id}.json`, option.legal, ['options', index, 'legal']),
    );
  }

  for (const step of Object.values(registry.steps)) {
    const file = stepFiles[step.id] ?? step.id;
    const add = (path: PropertyKey[], message: string) =>
      problems.push({ file, path: formatJsonPath(path), message });
    checkLegal(file, step.why.legal, ['why', 'legal']);

    const checkCondition = (condition: Condition, path: PropertyKey[], group?: Field) => {
      for (const ref of referencedFields(condition)) {
        const { step: refStep, field } = parseFieldRef(ref);
        if (refStep === undefined || refStep === step.id) {
          const local =
            group?.kind === 'group' ? group.fields.find((f) => f.id === field) : undefined;
          if (!local && !step.fields.some((f) => f.id === field))
            add(path, `The condition refers to "${ref}", which is not a field of this step`);
          continue;
        }
        if (refStep === DERIVED_STEP) {
          if (!derivedFactNames.some((name) => name === field))
            add(
              path,
              `"derived.${field}" is not a derived fact; known: ${derivedFactNames.join(', ')}`,
            );
          continue;
        }
        const target = registry.steps[refStep];
        if (!target) {
          add(path, `The condition refers to step "${refStep}", which does not exist`);
          continue;
        }
        if (!target.fields.some((f) => f.id === field))
          add(
            path,
            `The condition refers to "${ref}", but step "${refStep}" has no field "${field}"`,
          );
        if ((order.get(refStep) ?? 0) > (order.get(step.id) ?? 0))
          add(
            path,
            `The condition refers to "${refStep}", which comes later in the lifecycle; conditions may only look back`,
          );
      }
    };

    if (step.showIf) checkCondition(step.showIf, ['showIf']);

    const checkField = (field: Field, path: PropertyKey[], group?: Field) => {
      if (field.showIf) checkCondition(field.showIf, [...path, 'showIf'], group);
      if (field.requiredIf) checkCondition(field.requiredIf, [...path, 'requiredIf'], group);
      if (field.requiredIf && field.required !== undefined)
        add([...path, 'required'], 'Use either "required" or "requiredIf", not both');
      const canBeRequired =
        field.requiredIf !== undefined ||
        field.required !== false ||
        (field.kind === 'group' && (field.minItems ?? 0) > 0);
      if (canBeRequired && !field.errors?.required)
        add(
          [...path, 'errors', 'required'],
          'A required question needs its own "errors.required" message saying what to do, e.g. "Enter the name of the authority"',
        );
      if (NAMED_KINDS.has(field.kind) && !field.name)
        add([...path, 'name'], 'Give a short "name" for messages, e.g. "Estimated value"');
      checkLegal(file, field.legal, [...path, 'legal']);
      if (
        'min' in field &&
        'max' in field &&
        field.min !== undefined &&
        field.max !== undefined &&
        field.min > field.max
      )
        add([...path, 'min'], '"min" is larger than "max"');
      if (field.kind === 'choice' || field.kind === 'multichoice') {
        if ((field.options === undefined) === (field.list === undefined))
          add(path, 'Give either "options" or "list", exactly one of the two');
        if (field.list && !registry.lists[field.list])
          add([...path, 'list'], `There is no list content/lists/${field.list}.json`);
        field.options?.forEach((option, index) =>
          checkLegal(file, option.legal, [...path, 'options', index, 'legal']),
        );
      }
      if (field.kind === 'item') {
        const { step: sourceStep, field: sourceField } = parseFieldRef(field.source);
        const source = sourceStep
          ? registry.steps[sourceStep]?.fields.find((candidate) => candidate.id === sourceField)
          : undefined;
        if (source?.kind !== 'group')
          add(
            [...path, 'source'],
            `"${field.source}" is not a repeatable group of an earlier step`,
          );
        else if (!source.fields.some((candidate) => candidate.id === field.labelField))
          add(
            [...path, 'labelField'],
            `Group "${field.source}" has no field "${field.labelField}"`,
          );
        if (sourceStep && (order.get(sourceStep) ?? 0) > (order.get(step.id) ?? 0))
          add(
            [...path, 'source'],
            `"${sourceStep}" comes later in the lifecycle; a question may only use earlier answers`,
          );
      }
      if (field.kind === 'group') {
        if (
          field.minItems !== undefined &&
          field.maxItems !== undefined &&
          field.minItems > field.maxItems
        )
          add([...path, 'minItems'], '"minItems" is larger than "maxItems"');
        field.fields.forEach((sub, index) => checkField(sub, [...path, 'fields', index], field));
      }
    };
    step.fields.forEach((field, index) => checkField(field, ['fields', index]));

    step.rules?.forEach((rule, index) => {
      const path = ['rules', index];
      if (rule.kind === 'compare') {
        checkCondition({ field: rule.field, op: 'answered' }, [...path, 'field']);
        checkCondition({ field: rule.other, op: 'answered' }, [...path, 'other']);
        return;
      }
      const group = step.fields.find((field) => field.id === rule.group);
      if (group?.kind !== 'group')
        return add([...path, 'group'], `"${rule.group}" is not a repeatable group of this step`);
      const inner = group.fields.find((field) => field.id === rule.field);
      if (!inner)
        return add([...path, 'field'], `Group "${rule.group}" has no field "${rule.field}"`);
      if (rule.kind === 'sum' && !['number', 'money', 'percentage'].includes(inner.kind))
        add(
          [...path, 'field'],
          `A sum needs a number, money or percentage field; "${rule.field}" is ${inner.kind}`,
        );
    });
  }

  for (const binding of allBindings) {
    const step = registry.steps[binding.step];
    const field = step?.fields.find((candidate) => candidate.id === binding.field);
    const where = {
      file: stepFiles[binding.step] ?? `content/phases/*/steps/${binding.step}.json`,
      path: '',
    };
    if (!field || field.kind !== binding.kind) {
      problems.push({
        ...where,
        message: `The app reads "${binding.step}.${binding.field}" as a ${binding.kind} question; it is ${field ? `a ${field.kind}` : 'missing'}`,
      });
      continue;
    }
    if (binding.values && (field.kind === 'choice' || field.kind === 'multichoice')) {
      const offered = (
        field.options ??
        (field.list ? registry.lists[field.list]?.options : undefined) ??
        []
      ).map((option) => option.id);
      const missing = binding.values.filter((value) => !offered.includes(value));
      const extra = offered.filter((value) => !binding.values?.includes(value));
      if (missing.length > 0 || extra.length > 0)
        problems.push({
          ...where,
          message:
            `The rules read "${binding.step}.${binding.field}" with the options ${binding.values.join(', ')}` +
            `${missing.length ? `; missing: ${missing.join(', ')}` : ''}` +
            `${extra.length ? `; unknown to the rules: ${extra.join(', ')}` : ''}`,
        });
    }
    if (field.kind === 'group' && binding.itemFields) {
      for (const [id, kind] of Object.entries(binding.itemFields)) {
        const inner = field.fields.find((candidate) => candidate.id === id);
        if (inner?.kind !== kind)
          problems.push({
            ...where,
            message: `The app reads "${binding.field}" items' "${id}" as ${kind}; it is ${inner ? inner.kind : 'missing'}`,
          });
      }
    }
  }
  return problems;
}

export function firstPosition(registry: ContentRegistry) {
  const first = registry.phases[0];
  return { phase: first?.id ?? 'preparation', step: first?.steps[0] ?? CHECK_ANSWERS } as const;
}
