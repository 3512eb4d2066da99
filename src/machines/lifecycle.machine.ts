// The lifecycle of a joint procurement: one state per phase (code), steps inside a phase as
// content (context.dossier.position). The machine holds the dossier and is the only thing that
// changes it; it is rebuilt from a saved dossier, never from a saved snapshot (DESIGN.md §3).
import { and, assertEvent, assign, setup } from 'xstate';
import type { FieldContext, GenericMessages } from '@/domain/field-context';
import {
  isPageReachable,
  isSubmitted,
  nextPhase,
  nextPosition,
  previousPosition,
  resumePosition,
  visibleSteps,
} from '@/domain/navigation';
import { listParties } from '@/domain/parties';
import {
  canStartPhase,
  hasLeadBuyer,
  isContractAwarded,
  isRouteDecided,
  isTenderPlanned,
} from '@/domain/phase-readiness';
import { validateStep } from '@/domain/step-schema';
import type { ContentRegistry } from '@/schemas/content-registry';
import { CHECK_ANSWERS, type Dossier, type Position, type StepDraft } from '@/schemas/dossier';
import { phaseIds, type LanguageCode, type PhaseId } from '@/schemas/ids';
import { phaseStates } from './phase-states';

export interface Environment {
  language: LanguageCode;
  locale: string;
  messages: GenericMessages;
  /** ISO date-time of "now"; injected so tests control time. */
  now: () => string;
}

export interface LifecycleInput {
  dossier: Dossier;
  registry: ContentRegistry;
  env: Environment;
  /** True when this tab must not write (another tab edits the dossier, or it is newer). */
  readOnly?: boolean;
}

export interface LifecycleContext extends Required<LifecycleInput> {
  /** Set when a submitted step failed validation, so the UI can show why. */
  rejected: boolean;
}

export type LifecycleEvent =
  | { type: 'step.change'; values: StepDraft }
  | { type: 'step.submit'; values: StepDraft }
  | { type: 'step.back' }
  | { type: 'step.goto'; phase: PhaseId; step: string }
  | { type: 'phase.open'; phase: PhaseId }
  | { type: 'phase.confirm' }
  | { type: 'dossier.rename'; name: string }
  | { type: 'dossier.load'; dossier: Dossier }
  | { type: 'dossier.import'; dossier: Dossier }
  | { type: 'dossier.reset' }
  | { type: 'dossier.lock'; readOnly: boolean };

/** What the form engine needs, for the answers given so far. */
export function fieldContextOf(
  registry: ContentRegistry,
  env: Environment,
  answers: Dossier['answers'],
): FieldContext {
  return {
    registry,
    language: env.language,
    locale: env.locale,
    messages: env.messages,
    parties: listParties(answers),
    answers,
  };
}

const currentStep = (context: LifecycleContext) =>
  context.registry.steps[context.dossier.position.step];

function touch(context: LifecycleContext, changes: Partial<Dossier>): Dossier {
  return { ...context.dossier, ...changes, updatedAt: context.env.now() };
}

/** A position that exists in the content, falling back to where the phase resumes. */
export function validPosition(registry: ContentRegistry, dossier: Dossier): Position {
  const { phase, step } = dossier.position;
  if (step === CHECK_ANSWERS || visibleSteps(registry, phase, dossier).some((s) => s.id === step))
    return dossier.position;
  return resumePosition(registry, dossier, phase);
}

export const lifecycleMachine = setup({
  types: {
    context: {} as LifecycleContext,
    events: {} as LifecycleEvent,
    input: {} as LifecycleInput,
  },
  guards: {
    isWritable: ({ context }) => !context.readOnly,
    canEditPhase: ({ context }) =>
      !context.readOnly && canStartPhase(context.dossier, context.dossier.position.phase),
    isStepValid: ({ context, event }) => {
      assertEvent(event, 'step.submit');
      const step = currentStep(context);
      if (!step) return false;
      return validateStep(
        step,
        event.values,
        context.dossier.answers,
        fieldContextOf(context.registry, context.env, context.dossier.answers),
      ).success;
    },
    isStepReachable: ({ context, event }) => {
      assertEvent(event, 'step.goto');
      return isPageReachable(context.registry, context.dossier, {
        phase: event.phase,
        step: event.step,
      });
    },
    isEventForPhase: ({ event }, params: { phase: PhaseId }) =>
      (event.type === 'phase.open' || event.type === 'step.goto') && event.phase === params.phase,
    isPositionInPhase: ({ context }, params: { phase: PhaseId }) =>
      context.dossier.position.phase === params.phase,
    isPhaseComplete: ({ context }) => {
      const { phase } = context.dossier.position;
      return (
        !context.readOnly &&
        canStartPhase(context.dossier, phase) &&
        visibleSteps(context.registry, phase, context.dossier).every((step) =>
          isSubmitted(context.dossier, step.id),
        )
      );
    },
    hasPreviousStep: ({ context }) =>
      previousPosition(context.registry, context.dossier, context.dossier.position) !== null,
    hasLeadBuyer: ({ context }) => hasLeadBuyer(context.dossier),
    isRouteDecided: ({ context }) => isRouteDecided(context.dossier),
    isTenderPlanned: ({ context }) => isTenderPlanned(context.dossier),
    isContractAwarded: ({ context }) => isContractAwarded(context.dossier),
  },
  actions: {
    saveDraft: assign(({ context, event }) => {
      assertEvent(event, ['step.change', 'step.submit']);
      const stepId = context.dossier.position.step;
      return {
        rejected: event.type === 'step.submit',
        dossier: touch(context, { drafts: { ...context.dossier.drafts, [stepId]: event.values } }),
      };
    }),
    saveAnswers: assign(({ context, event }) => {
      assertEvent(event, 'step.submit');
      const step = currentStep(context);
      if (!step) return {};
      const result = validateStep(
        step,
        event.values,
        context.dossier.answers,
        fieldContextOf(context.registry, context.env, context.dossier.answers),
      );
      if (!result.success) return {};
      const { [step.id]: _draft, ...drafts } = context.dossier.drafts;
      const previous = context.dossier.answers[step.id];
      const changed = JSON.stringify(previous) !== JSON.stringify(result.answers);
      const { [step.phase]: _confirmed, ...confirmed } = context.dossier.progress.confirmed;
      const answers = { ...context.dossier.answers, [step.id]: result.answers };
      const dossier = touch(context, {
        answers,
        drafts,
        progress: {
          submitted: { ...context.dossier.progress.submitted, [step.id]: context.env.now() },
          // Changed answers need confirming again on the phase's check-answers page.
          confirmed: changed ? confirmed : context.dossier.progress.confirmed,
        },
      });
      return {
        rejected: false,
        dossier: {
          ...dossier,
          position: nextPosition(context.registry, dossier, dossier.position),
        },
      };
    }),
    goBack: assign(({ context }) => {
      const previous = previousPosition(
        context.registry,
        context.dossier,
        context.dossier.position,
      );
      return previous
        ? { rejected: false, dossier: { ...context.dossier, position: previous } }
        : {};
    }),
    gotoStep: assign(({ context, event }) => {
      assertEvent(event, 'step.goto');
      return {
        rejected: false,
        dossier: { ...context.dossier, position: { phase: event.phase, step: event.step } },
      };
    }),
    openPhase: assign(({ context, event }) => {
      assertEvent(event, 'phase.open');
      return {
        rejected: false,
        dossier: {
          ...context.dossier,
          position: resumePosition(context.registry, context.dossier, event.phase),
        },
      };
    }),
    confirmPhase: assign(({ context }) => {
      const { phase } = context.dossier.position;
      const dossier = touch(context, {
        progress: {
          ...context.dossier.progress,
          confirmed: { ...context.dossier.progress.confirmed, [phase]: context.env.now() },
        },
      });
      const next = nextPhase(phase);
      return {
        rejected: false,
        dossier: next
          ? { ...dossier, position: resumePosition(context.registry, dossier, next) }
          : dossier,
      };
    }),
    rename: assign(({ context, event }) => {
      assertEvent(event, 'dossier.rename');
      const name = event.name.trim();
      return name ? { dossier: touch(context, { name: name.slice(0, 200) }) } : {};
    }),
    replaceDossier: assign(({ context, event }) => {
      assertEvent(event, ['dossier.load', 'dossier.import']);
      const dossier = {
        ...event.dossier,
        position: validPosition(context.registry, event.dossier),
      };
      return {
        rejected: false,
        dossier:
          event.type === 'dossier.import' ? { ...dossier, updatedAt: context.env.now() } : dossier,
      };
    }),
    reset: assign(({ context }) => ({
      rejected: false,
      dossier: touch(context, {
        answers: {},
        drafts: {},
        progress: { submitted: {}, confirmed: {} },
        position: resumePosition(
          context.registry,
          { answers: {}, drafts: {}, progress: { submitted: {}, confirmed: {} } },
          'preparation',
        ),
      }),
    })),
    setReadOnly: assign(({ event }) => {
      assertEvent(event, 'dossier.lock');
      return { readOnly: event.readOnly };
    }),
  },
}).createMachine({
  id: 'lifecycle',
  context: ({ input }) => ({
    ...input,
    readOnly: input.readOnly ?? false,
    rejected: false,
    dossier: { ...input.dossier, position: validPosition(input.registry, input.dossier) },
  }),
  initial: 'resuming',
  on: {
    'step.change': { guard: 'canEditPhase', actions: 'saveDraft' },
    'step.submit': [
      { guard: and(['canEditPhase', 'isStepValid']), actions: 'saveAnswers' },
      { guard: 'canEditPhase', actions: 'saveDraft' },
    ],
    'step.back': { guard: 'hasPreviousStep', actions: 'goBack' },
    'step.goto': phaseIds.map((phase) => ({
      guard: and([{ type: 'isEventForPhase', params: { phase } }, 'isStepReachable']),
      target: `.${phaseStates[phase]}`,
      actions: 'gotoStep',
    })),
    'phase.open': phaseIds.map((phase) => ({
      guard: { type: 'isEventForPhase', params: { phase } },
      target: `.${phaseStates[phase]}`,
      actions: 'openPhase',
    })),
    'dossier.rename': { guard: 'isWritable', actions: 'rename' },
    'dossier.load': { target: '.resuming', actions: 'replaceDossier' },
    'dossier.import': { guard: 'isWritable', target: '.resuming', actions: 'replaceDossier' },
    'dossier.reset': { guard: 'isWritable', target: '.resuming', actions: 'reset' },
    'dossier.lock': { actions: 'setReadOnly' },
  },
  states: {
    /** Routes to the phase the dossier was left in. */
    resuming: {
      always: phaseIds.map((phase) => ({
        guard: { type: 'isPositionInPhase' as const, params: { phase } },
        target: phaseStates[phase],
      })),
    },
    preparation: {
      meta: { phase: 'preparation' },
      on: {
        'phase.confirm': {
          guard: 'isPhaseComplete',
          target: 'marketResearch',
          actions: 'confirmPhase',
        },
      },
    },
    marketResearch: {
      meta: { phase: 'market-research', requires: 'hasLeadBuyer' },
      on: {
        'phase.confirm': {
          guard: 'isPhaseComplete',
          target: 'legalBasis',
          actions: 'confirmPhase',
        },
      },
    },
    legalBasis: {
      meta: { phase: 'legal-basis', requires: 'hasLeadBuyer' },
      on: {
        'phase.confirm': { guard: 'isPhaseComplete', target: 'tender', actions: 'confirmPhase' },
      },
    },
    tender: {
      meta: { phase: 'tender', requires: 'isRouteDecided' },
      on: {
        'phase.confirm': { guard: 'isPhaseComplete', target: 'award', actions: 'confirmPhase' },
      },
    },
    award: {
      meta: { phase: 'award', requires: 'isTenderPlanned' },
      on: {
        'phase.confirm': {
          guard: 'isPhaseComplete',
          target: 'contractManagement',
          actions: 'confirmPhase',
        },
      },
    },
    contractManagement: {
      meta: { phase: 'contract-management', requires: 'isContractAwarded' },
      on: { 'phase.confirm': { guard: 'isPhaseComplete', actions: 'confirmPhase' } },
    },
  },
});
