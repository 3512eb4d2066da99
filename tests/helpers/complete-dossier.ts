// A dossier with every step answered from the fixtures, as a user who walked the whole
// lifecycle would have it; and a large one (27 authorities, 10 lots) for the benchmark.
import type { ContentRegistry } from '@/schemas/content-registry';
import type { Dossier, GroupItem, StepAnswers } from '@/schemas/dossier';
import { fixtureAnswers } from './fixture-answers';

export const COMPLETE_DOSSIER_ID = '0b5e7d52-8c1f-4a39-9d6e-2f7a4c1b8e90';

export function completeDossier(
  registry: ContentRegistry,
  name = 'Thermal cameras for land borders 2027',
): Dossier {
  const phases = registry.phases;
  const last = phases.at(-1);
  return {
    schemaVersion: 1,
    id: COMPLETE_DOSSIER_ID,
    name,
    createdAt: '2026-11-02T08:30:00.000Z',
    updatedAt: '2026-11-25T16:45:00.000Z',
    contentVersion: registry.manifest.contentVersion,
    answers: fixtureAnswers(registry),
    drafts: {},
    progress: {
      submitted: Object.fromEntries(
        phases.flatMap((phase) => phase.steps).map((step) => [step, '2026-11-25T16:40:00.000Z']),
      ),
      confirmed: Object.fromEntries(phases.map((phase) => [phase.id, '2026-11-25T16:44:00.000Z'])),
    },
    position: { phase: last?.id ?? 'contract-management', step: 'check-answers' },
  };
}

/** Every member state in the buyers group, each with its needs in each of ten lots. */
export function largeDossier(registry: ContentRegistry): Dossier {
  const dossier = completeDossier(registry, 'Border radios for 27 member states');
  const answers: Record<string, StepAnswers> = structuredClone(dossier.answers) as Record<
    string,
    StepAnswers
  >;
  const countries = registry.lists['member-states']?.options.map((option) => option.id) ?? [];
  const authorities: GroupItem[] = countries.map((country, index) => ({
    id: `auth-${country}`,
    name: `Border guard authority ${index + 1} (${country.toUpperCase()})`,
    country,
    'authority-type': 'central-government',
  }));
  answers['buyers-group'] = { ...answers['buyers-group'], authorities };
  const first = authorities[0]?.id ?? '';
  answers['lead-authority'] = { ...answers['lead-authority'], 'lead-party': first };
  return { ...dossier, answers: widenGroups(answers, authorities, registry) };
}

/** Repeats each per-authority group item for every authority, and each lot ten times. */
function widenGroups(
  answers: Record<string, StepAnswers>,
  authorities: GroupItem[],
  registry: ContentRegistry,
) {
  const widened: Record<string, StepAnswers> = {};
  for (const [stepId, stepAnswers] of Object.entries(answers)) {
    const step = registry.steps[stepId];
    const copy: StepAnswers = { ...stepAnswers };
    for (const field of step?.fields ?? []) {
      const items = stepAnswers[field.id];
      if (field.kind !== 'group' || !Array.isArray(items) || items.length === 0) continue;
      const sample = items[0] as GroupItem;
      if (stepId === 'buyers-group') continue;
      if (typeof sample.party === 'string') {
        copy[field.id] = authorities.map((authority, index): GroupItem => ({
          ...(items[index % items.length] as GroupItem),
          id: `${String(sample.id)}-${index}`,
          party: String(authority.id),
        }));
      } else if (field.id === 'lots') {
        copy[field.id] = Array.from({ length: 10 }, (_, index) => ({
          ...(items[index % items.length] as GroupItem),
          id: `lot-${index + 1}`,
          ...(typeof sample.name === 'string' ? { name: `Lot ${index + 1}: ${sample.name}` } : {}),
        }));
      }
    }
    widened[stepId] = copy;
  }
  return widened;
}
