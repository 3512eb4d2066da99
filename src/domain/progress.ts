// Statuses for the lifecycle overview (GOV.UK task list): derived from the dossier, never stored.
import type { ContentRegistry } from '@/schemas/content-registry';
import type { Dossier } from '@/schemas/dossier';
import { phaseIds, type PhaseId } from '@/schemas/ids';
import { isSubmitted, resumePosition, visibleSteps } from './navigation';
import { canStartPhase, isPhaseConfirmed } from './phase-readiness';

export type Status = 'cannot-start' | 'not-started' | 'in-progress' | 'completed';

type DossierProgress = Pick<Dossier, 'answers' | 'progress' | 'drafts'>;

export function stepStatus(dossier: DossierProgress, phase: PhaseId, stepId: string): Status {
  if (!canStartPhase(dossier, phase)) return 'cannot-start';
  if (isSubmitted(dossier, stepId)) return 'completed';
  if (dossier.drafts[stepId] !== undefined || dossier.answers[stepId] !== undefined)
    return 'in-progress';
  return 'not-started';
}

export function phaseStatus(
  registry: ContentRegistry,
  dossier: DossierProgress,
  phase: PhaseId,
): Status {
  if (!canStartPhase(dossier, phase)) return 'cannot-start';
  const steps = visibleSteps(registry, phase, dossier);
  const allSubmitted = steps.every((step) => isSubmitted(dossier, step.id));
  if (allSubmitted && isPhaseConfirmed(dossier, phase)) return 'completed';
  const started = steps.some((step) => stepStatus(dossier, phase, step.id) !== 'not-started');
  return started ? 'in-progress' : 'not-started';
}

/** "Continue where you left off": the first phase not completed that can start, and where in it. */
export function continuePosition(registry: ContentRegistry, dossier: DossierProgress) {
  const phase = phaseIds.find(
    (id) => canStartPhase(dossier, id) && phaseStatus(registry, dossier, id) !== 'completed',
  );
  return phase ? resumePosition(registry, dossier, phase) : undefined;
}

export function completedPhaseCount(registry: ContentRegistry, dossier: DossierProgress): number {
  return phaseIds.filter((id) => phaseStatus(registry, dossier, id) === 'completed').length;
}
