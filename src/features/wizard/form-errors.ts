// Moves errors between the shapes the form engine uses: the domain's flat issue list, the
// nested object react-hook-form keeps, and the error summary's list of links.
import type { FieldErrors } from 'react-hook-form';
import type { StepIssue } from '@/domain/step-schema';
import type { StepDraft } from '@/schemas/dossier';
import type { SummaryError } from '@/ui/error-summary';
import { fieldId } from './field-ids';

type ErrorNode = { [key: string]: ErrorNode | string | undefined };

/** Issues as react-hook-form errors; the first message for a path wins. */
export function toFormErrors(issues: StepIssue[]): FieldErrors<StepDraft> {
  const tree: ErrorNode = {};
  for (const { path, message } of issues) {
    if (path.length === 0) continue;
    let node = tree;
    for (const part of path.slice(0, -1)) {
      const next = node[String(part)];
      node = typeof next === 'object' ? next : (node[String(part)] = {});
    }
    const last = String(path[path.length - 1]);
    const existing = node[last];
    const target = typeof existing === 'object' ? existing : {};
    if (!target.message) node[last] = { ...target, type: 'custom', message };
  }
  return tree as FieldErrors<StepDraft>;
}

const META_KEYS = new Set(['ref', 'type', 'types', 'message']);

/**
 * The errors as summary links, in form order; a group's own error links to the group.
 * `itemName` names a repeatable group's item ("Authority 2"), so that the same message for two
 * items reads differently in the summary.
 */
export function summariseErrors(
  errors: FieldErrors,
  itemName: (group: string, index: number) => string | undefined = () => undefined,
  prefix: (string | number)[] = [],
): SummaryError[] {
  const list: SummaryError[] = [];
  const node = errors as Record<string, unknown>;
  if (typeof node.message === 'string' && node.message) {
    const [group, index] = prefix;
    const item =
      typeof group === 'string' && typeof index === 'number' ? itemName(group, index) : undefined;
    list.push({
      target: fieldId(prefix),
      message: item ? `${item}: ${node.message}` : node.message,
    });
  }
  for (const [key, value] of Object.entries(node)) {
    if (META_KEYS.has(key) || !value || typeof value !== 'object') continue;
    const path = key === 'root' ? prefix : [...prefix, /^\d+$/.test(key) ? Number(key) : key];
    list.push(...summariseErrors(value as FieldErrors, itemName, path));
  }
  return list;
}
