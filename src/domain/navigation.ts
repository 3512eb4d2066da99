// Where a user can be in the lifecycle: the steps of a phase that apply to this dossier, what
// comes next and before, and which steps can be jumped to.
import type { ContentRegistry, RegisteredStep } from '@/schemas/content-registry';
import { CHECK_ANSWERS, type Dossier, type Position } from '@/schemas/dossier';
import { phaseIds, type PhaseId } from '@/schemas/ids';
import { evaluateCondition } from './conditions';
import { answersLookup } from './step-schema';

type DossierProgress = Pick<Dossier, 'answers' | 'progress' | 'drafts'>;

export function phaseOf(registry: ContentRegistry, phaseId: PhaseId) {
  const phase = registry.phases.find((candidate) => candidate.id === phaseId);
  if (!phase) throw new Error(`Content has no phase "${phaseId}"`);
  return phase;
}

/** The steps of a phase that apply, given the answers so far (step showIf). */
export function visibleSteps(
  registry: ContentRegistry,
  phaseId: PhaseId,
  dossier: Pick<Dossier, 'answers'>,
): RegisteredStep[] {
  const lookup = answersLookup(dossier.answers);
  return phaseOf(registry, phaseId)
    .steps.map((id) => registry.steps[id])
    .filter((step): step is RegisteredStep => step !== undefined)
    .filter((step) => (step.showIf ? evaluateCondition(step.showIf, lookup) : true));
}

export function isSubmitted(dossier: Pick<Dossier, 'progress'>, stepId: string): boolean {
  return dossier.progress.submitted[stepId] !== undefined;
}

/** The order of pages in a phase: its visible steps, then check answers. */
export function phasePages(registry: ContentRegistry, phaseId: PhaseId, dossier: DossierProgress) {
  return [...visibleSteps(registry, phaseId, dossier).map((step) => step.id), CHECK_ANSWERS];
}

export function nextPosition(
  registry: ContentRegistry,
  dossier: DossierProgress,
  position: Position,
): Position {
  const pages = phasePages(registry, position.phase, dossier);
  const index = pages.indexOf(position.step);
  const next = index === -1 ? pages[0] : pages[Math.min(index + 1, pages.length - 1)];
  return { phase: position.phase, step: next ?? CHECK_ANSWERS };
}

/** The page before this one in its phase, or null on the first step. */
export function previousPosition(
  registry: ContentRegistry,
  dossier: DossierProgress,
  position: Position,
): Position | null {
  const pages = phasePages(registry, position.phase, dossier);
  const index = pages.indexOf(position.step);
  if (index <= 0) return null;
  return { phase: position.phase, step: pages[index - 1] ?? CHECK_ANSWERS };
}

/**
 * Pages a user may jump to: every step already submitted, the first one not yet submitted,
 * and check answers once every step is submitted.
 */
export function reachablePages(
  registry: ContentRegistry,
  phaseId: PhaseId,
  dossier: DossierProgress,
): string[] {
  const reachable: string[] = [];
  let open = true;
  for (const step of visibleSteps(registry, phaseId, dossier)) {
    if (isSubmitted(dossier, step.id)) reachable.push(step.id);
    else if (open) {
      reachable.push(step.id);
      open = false;
    }
  }
  if (open) reachable.push(CHECK_ANSWERS);
  return reachable;
}

export function isPageReachable(
  registry: ContentRegistry,
  dossier: DossierProgress,
  position: Position,
): boolean {
  return reachablePages(registry, position.phase, dossier).includes(position.step);
}

/** Where to resume a phase: its first step not yet submitted, else check answers. */
export function resumePosition(
  registry: ContentRegistry,
  dossier: DossierProgress,
  phaseId: PhaseId,
): Position {
  const open = visibleSteps(registry, phaseId, dossier).find(
    (step) => !isSubmitted(dossier, step.id),
  );
  return { phase: phaseId, step: open ? open.id : CHECK_ANSWERS };
}

export function nextPhase(phaseId: PhaseId): PhaseId | undefined {
  return phaseIds[phaseIds.indexOf(phaseId) + 1];
}
