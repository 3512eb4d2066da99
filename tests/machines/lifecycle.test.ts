import { describe, expect, it } from 'vitest';
import { phaseStatus } from '@/domain/progress';
import { CHECK_ANSWERS } from '@/schemas/dossier';
import { phaseIds } from '@/schemas/ids';
import { validStepValues } from '../fixtures/step-values';
import { newDossier, startActor } from '../helpers/machine';
import { realRegistry } from '../helpers/registry';

const registry = realRegistry();
const values = (step: string) => {
  const found = validStepValues[step];
  if (!found) throw new Error(`No fixture for ${step}`);
  return found;
};

/** Submits every step of the current phase and confirms it. */
function completePhase(actor: ReturnType<typeof startActor>) {
  for (let guard = 0; guard < 50; guard += 1) {
    const { position } = actor.getSnapshot().context.dossier;
    if (position.step === CHECK_ANSWERS) break;
    actor.send({ type: 'step.submit', values: values(position.step) });
  }
  actor.send({ type: 'phase.confirm' });
}

describe('lifecycle machine', () => {
  it('starts in preparation at its first step', () => {
    const actor = startActor(registry);
    expect(actor.getSnapshot().value).toBe('preparation');
    expect(actor.getSnapshot().context.dossier.position).toEqual({
      phase: 'preparation',
      step: 'buyers-group',
    });
  });

  it('is rebuilt from a dossier in the phase and step it was left at', () => {
    const dossier = {
      ...newDossier(registry),
      position: { phase: 'tender' as const, step: 'procedure' },
    };
    const actor = startActor(registry, dossier);
    expect(actor.getSnapshot().value).toBe('tender');
    expect(actor.getSnapshot().context.dossier.position.step).toBe('procedure');
  });

  it('falls back to where a phase resumes when the saved step no longer exists', () => {
    const dossier = {
      ...newDossier(registry),
      position: { phase: 'preparation' as const, step: 'removed-step' },
    };
    expect(startActor(registry, dossier).getSnapshot().context.dossier.position).toEqual({
      phase: 'preparation',
      step: 'buyers-group',
    });
  });

  it('stores valid answers, marks the step submitted and moves on', () => {
    const actor = startActor(registry);
    actor.send({ type: 'step.submit', values: values('buyers-group') });
    const { dossier } = actor.getSnapshot().context;
    expect(dossier.answers['buyers-group']?.authorities).toHaveLength(3);
    expect(dossier.progress.submitted['buyers-group']).toBeDefined();
    expect(dossier.position.step).toBe('lead-authority');
  });

  it('keeps invalid answers as a draft and stays on the step', () => {
    const actor = startActor(registry);
    const typed = {
      authorities: [
        { id: 'a', name: 'Only one', country: '', 'authority-type': '', 'contact-role': '' },
      ],
    };
    actor.send({ type: 'step.submit', values: typed });
    const { dossier, rejected } = actor.getSnapshot().context;
    expect(rejected).toBe(true);
    expect(dossier.drafts['buyers-group']).toEqual(typed);
    expect(dossier.answers['buyers-group']).toBeUndefined();
    expect(dossier.position.step).toBe('buyers-group');
  });

  it('autosaves what is typed as a draft, and a valid submit clears it', () => {
    const actor = startActor(registry);
    actor.send({ type: 'step.change', values: { authorities: [] } });
    expect(actor.getSnapshot().context.dossier.drafts['buyers-group']).toEqual({ authorities: [] });
    actor.send({ type: 'step.submit', values: values('buyers-group') });
    expect(actor.getSnapshot().context.dossier.drafts['buyers-group']).toBeUndefined();
  });

  it('goes back one step, and not before the first', () => {
    const actor = startActor(registry);
    actor.send({ type: 'step.submit', values: values('buyers-group') });
    actor.send({ type: 'step.back' });
    expect(actor.getSnapshot().context.dossier.position.step).toBe('buyers-group');
    actor.send({ type: 'step.back' });
    expect(actor.getSnapshot().context.dossier.position.step).toBe('buyers-group');
  });

  it('jumps only to reachable steps', () => {
    const actor = startActor(registry);
    actor.send({ type: 'step.goto', phase: 'preparation', step: 'governance' });
    expect(actor.getSnapshot().context.dossier.position.step).toBe('buyers-group');
    actor.send({ type: 'step.submit', values: values('buyers-group') });
    actor.send({ type: 'step.submit', values: values('lead-authority') });
    actor.send({ type: 'step.goto', phase: 'preparation', step: 'buyers-group' });
    expect(actor.getSnapshot().context.dossier.position.step).toBe('buyers-group');
    // The first step not yet submitted is reachable, the ones after it are not.
    const next = registry.phases[0]!.steps[2]!;
    actor.send({ type: 'step.goto', phase: 'preparation', step: registry.phases[0]!.steps[3]! });
    expect(actor.getSnapshot().context.dossier.position.step).toBe('buyers-group');
    actor.send({ type: 'step.goto', phase: 'preparation', step: next });
    expect(actor.getSnapshot().context.dossier.position.step).toBe(next);
  });

  it('opens any phase to read, but refuses answers until the phase can start', () => {
    const actor = startActor(registry);
    actor.send({ type: 'phase.open', phase: 'tender' });
    expect(actor.getSnapshot().value).toBe('tender');
    actor.send({ type: 'step.submit', values: values('procedure') });
    expect(actor.getSnapshot().context.dossier.answers.procedure).toBeUndefined();
    actor.send({ type: 'step.change', values: values('procedure') });
    expect(actor.getSnapshot().context.dossier.drafts.procedure).toBeUndefined();
  });

  it('refuses to confirm a phase with unsubmitted steps', () => {
    const actor = startActor(registry);
    actor.send({ type: 'step.submit', values: values('buyers-group') });
    actor.send({ type: 'phase.confirm' });
    expect(actor.getSnapshot().context.dossier.progress.confirmed.preparation).toBeUndefined();
    expect(actor.getSnapshot().value).toBe('preparation');
  });

  it('confirms a complete phase and moves to the next', () => {
    const actor = startActor(registry);
    completePhase(actor);
    const { dossier } = actor.getSnapshot().context;
    expect(dossier.progress.confirmed.preparation).toBeDefined();
    expect(actor.getSnapshot().value).toBe('marketResearch');
    expect(phaseStatus(registry, dossier, 'preparation')).toBe('completed');
    expect(phaseStatus(registry, dossier, 'market-research')).toBe('not-started');
  });

  it('asks to confirm a phase again after one of its answers changes', () => {
    const actor = startActor(registry);
    completePhase(actor);
    actor.send({ type: 'step.goto', phase: 'preparation', step: 'scope' });
    actor.send({ type: 'step.submit', values: { ...values('scope'), framework: 'no' } });
    expect(actor.getSnapshot().context.dossier.progress.confirmed.preparation).toBeUndefined();
  });

  it('keeps the confirmation when a step is submitted unchanged', () => {
    const actor = startActor(registry);
    completePhase(actor);
    actor.send({ type: 'step.goto', phase: 'preparation', step: 'scope' });
    actor.send({ type: 'step.submit', values: values('scope') });
    expect(actor.getSnapshot().context.dossier.progress.confirmed.preparation).toBeDefined();
  });

  it('walks all six phases to the end of the lifecycle', () => {
    const actor = startActor(registry);
    for (const phase of phaseIds) {
      expect(actor.getSnapshot().context.dossier.position.phase).toBe(phase);
      completePhase(actor);
    }
    const { dossier } = actor.getSnapshot().context;
    for (const phase of phaseIds) expect(phaseStatus(registry, dossier, phase)).toBe('completed');
    expect(actor.getSnapshot().value).toBe('contractManagement');
  });

  it('changes nothing in a read-only tab', () => {
    const actor = startActor(registry, undefined, true);
    const before = actor.getSnapshot().context.dossier;
    actor.send({ type: 'step.change', values: values('buyers-group') });
    actor.send({ type: 'step.submit', values: values('buyers-group') });
    actor.send({ type: 'dossier.rename', name: 'Renamed' });
    actor.send({ type: 'dossier.reset' });
    expect(actor.getSnapshot().context.dossier).toBe(before);
  });

  it('renames, ignoring an empty name', () => {
    const actor = startActor(registry);
    actor.send({ type: 'dossier.rename', name: '  ' });
    expect(actor.getSnapshot().context.dossier.name).toBe('Test dossier');
    actor.send({ type: 'dossier.rename', name: ' Radios 2028 ' });
    expect(actor.getSnapshot().context.dossier.name).toBe('Radios 2028');
  });

  it('loads another copy of the dossier and goes to its position', () => {
    const actor = startActor(registry);
    const other = {
      ...newDossier(registry),
      name: 'From another tab',
      position: { phase: 'legal-basis' as const, step: 'purchase-nature' },
    };
    actor.send({ type: 'dossier.load', dossier: other });
    expect(actor.getSnapshot().value).toBe('legalBasis');
    expect(actor.getSnapshot().context.dossier.name).toBe('From another tab');
  });

  it('resets to an empty dossier in preparation', () => {
    const actor = startActor(registry);
    completePhase(actor);
    actor.send({ type: 'dossier.reset' });
    const { dossier } = actor.getSnapshot().context;
    expect(actor.getSnapshot().value).toBe('preparation');
    expect(dossier.answers).toEqual({});
    expect(dossier.progress).toEqual({ submitted: {}, confirmed: {} });
  });

  it('stamps every change with the time it was made', () => {
    const actor = startActor(registry);
    const before = actor.getSnapshot().context.dossier.updatedAt;
    actor.send({ type: 'step.change', values: { authorities: [] } });
    expect(actor.getSnapshot().context.dossier.updatedAt > before).toBe(true);
  });
});
