// Model-based tests (xstate/graph): every reachable state of the lifecycle machine is visited by
// a generated path, and each path checks the machine's invariants at every step. The path counts
// are asserted, so a change that shrinks the model fails here instead of passing unnoticed.
import { describe, expect, it } from 'vitest';
import type { SnapshotFrom } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { phaseOf, visibleSteps } from '@/domain/navigation';
import { phaseStatus } from '@/domain/progress';
import { lifecycleMachine, type LifecycleEvent } from '@/machines/lifecycle.machine';
import { phaseOfState } from '@/machines/phase-states';
import { stepSchema } from '@/schemas/content/step';
import type { ContentRegistry } from '@/schemas/content-registry';
import { CHECK_ANSWERS } from '@/schemas/dossier';
import { phaseIds, type PhaseId } from '@/schemas/ids';
import { validStepValues } from '../fixtures/step-values';
import { newDossier, testEnv } from '../helpers/machine';
import { realRegistry } from '../helpers/registry';

const real = realRegistry();

/** A small lifecycle: the real buyers-group and lead steps, then one short step per phase. */
function miniRegistry(): ContentRegistry {
  const one = (phase: PhaseId, id: string) => ({
    ...stepSchema.parse({
      id,
      title: { en: `Step ${id}` },
      fields: [
        {
          id: 'answer',
          kind: 'text',
          label: { en: 'Answer' },
          name: { en: 'The answer' },
          errors: { required: { en: 'Enter an answer' } },
        },
      ],
      why: { text: { en: 'Test step' }, legal: [] },
    }),
    phase,
  });
  const prep = ['buyers-group', 'lead-authority'];
  const others = phaseIds.slice(1).map((phase) => one(phase, `${phase}-a`));
  return {
    manifest: real.manifest,
    lists: real.lists,
    rules: real.rules,
    knowledge: real.knowledge,
    templates: real.templates,
    documentStrings: real.documentStrings,
    phases: phaseIds.map((phase) => ({
      ...phaseOf(real, phase),
      steps: phase === 'preparation' ? prep : [`${phase}-a`],
    })),
    steps: {
      ...Object.fromEntries(prep.map((id) => [id, real.steps[id]!])),
      ...Object.fromEntries(others.map((step) => [step.id, step])),
    },
  };
}

type Snapshot = SnapshotFrom<typeof lifecycleMachine>;

const valuesFor = (step: string) => validStepValues[step] ?? { answer: 'An answer' };

function events(snapshot: Snapshot, withPhaseOpen: boolean): LifecycleEvent[] {
  const { position } = snapshot.context.dossier;
  const list: LifecycleEvent[] = [{ type: 'step.back' }, { type: 'phase.confirm' }];
  if (position.step !== CHECK_ANSWERS)
    list.push({ type: 'step.submit', values: valuesFor(position.step) });
  if (withPhaseOpen) for (const phase of phaseIds) list.push({ type: 'phase.open', phase });
  return list;
}

const serialize = (snapshot: Snapshot) => {
  const { dossier } = snapshot.context;
  return [
    JSON.stringify(snapshot.value),
    dossier.position.step,
    Object.keys(dossier.progress.confirmed).sort().join(','),
    Object.keys(dossier.progress.submitted).sort().join(','),
  ].join('|');
};

/** What must hold in every state the machine can reach. */
function checkInvariants(snapshot: Snapshot, registry: ContentRegistry) {
  const { dossier } = snapshot.context;
  const phase = phaseOfState(String(snapshot.value));
  expect(phase, 'the machine is always in a phase').toBeDefined();
  expect(dossier.position.phase).toBe(phase);
  const pages = [
    ...visibleSteps(registry, dossier.position.phase, dossier).map((step) => step.id),
    CHECK_ANSWERS,
  ];
  expect(pages).toContain(dossier.position.step);
  for (const confirmed of Object.keys(dossier.progress.confirmed) as PhaseId[]) {
    expect(phaseStatus(registry, dossier, confirmed)).toBe('completed');
  }
}

function model(withPhaseOpen: boolean) {
  return createTestModel(lifecycleMachine, {
    events: (snapshot) => events(snapshot as Snapshot, withPhaseOpen),
    // The traversal would also send every other event the machine accepts, without payload:
    // keep only the events listed above, with their payloads.
    filterEvents: (snapshot, event) =>
      events(snapshot as Snapshot, withPhaseOpen).some(
        (listed) => JSON.stringify(listed) === JSON.stringify(event),
      ),
    serializeState: (snapshot) => serialize(snapshot as Snapshot),
  });
}

const input = (registry: ContentRegistry) => ({
  dossier: newDossier(registry),
  registry,
  env: testEnv(),
});

async function runPaths(
  paths: ReturnType<ReturnType<typeof model>['getShortestPaths']>,
  registry: ContentRegistry,
) {
  const states = Object.fromEntries(
    ['preparation', 'marketResearch', 'legalBasis', 'tender', 'award', 'contractManagement'].map(
      (state) => [state, (snapshot: Snapshot) => checkInvariants(snapshot, registry)],
    ),
  );
  for (const path of paths) await path.test({ states });
}

/**
 * States of a lifecycle walked in order (submit, back, confirm). In a phase of n steps, with k
 * steps submitted the user can be at the next step or back at any of the k before it; with all
 * n submitted, at check answers or back at any step: n(n + 1)/2 + n + 1 states. Once the last
 * phase is confirmed, its check answers and each of its steps again: n + 1 more.
 */
function expectedStates(registry: ContentRegistry) {
  const perPhase = phaseIds.map(
    (phase) => visibleSteps(registry, phase, newDossier(registry)).length,
  );
  const last = perPhase[perPhase.length - 1] ?? 0;
  return perPhase.reduce((total, n) => total + (n * (n + 1)) / 2 + n + 1, 0) + last + 1;
}

describe('lifecycle model (small content)', () => {
  const registry = miniRegistry();

  it('reaches every phase by the shortest paths, and every path keeps the invariants', async () => {
    const paths = model(true).getShortestPaths({
      input: input(registry),
      allowDuplicatePaths: true,
    });
    const reached = new Set(paths.map((path) => JSON.stringify(path.state.value)));
    for (const state of [
      'preparation',
      'marketResearch',
      'legalBasis',
      'tender',
      'award',
      'contractManagement',
    ])
      expect(reached).toContain(JSON.stringify(state));
    expect(paths).toHaveLength(601);
    await runPaths(paths, registry);
  });

  it('has a fixed number of paths when phases are only entered in order', async () => {
    const paths = model(false).getShortestPaths({
      input: input(registry),
      allowDuplicatePaths: true,
    });
    expect(expectedStates(registry)).toBe(23);
    expect(paths).toHaveLength(23);
    await runPaths(paths, registry);
  });
});

describe('lifecycle model (real content)', () => {
  it('reaches every state of a lifecycle walked in order: one path per state', async () => {
    const paths = model(false).getShortestPaths({ input: input(real), allowDuplicatePaths: true });
    expect(paths).toHaveLength(expectedStates(real));
    const last = paths.find(
      (path) => path.state.context.dossier.progress.confirmed['contract-management'],
    );
    expect(last, 'the whole lifecycle can be completed').toBeDefined();
    await runPaths(paths, real);
  });
});
