// Content names phases in kebab-case; the machine's states are camelCase (DESIGN.md §3).
import type { PhaseId } from '@/schemas/ids';

export const phaseStates = {
  preparation: 'preparation',
  'market-research': 'marketResearch',
  'legal-basis': 'legalBasis',
  tender: 'tender',
  award: 'award',
  'contract-management': 'contractManagement',
} as const satisfies Record<PhaseId, string>;

export type PhaseState = (typeof phaseStates)[PhaseId];

export function phaseOfState(state: string): PhaseId | undefined {
  return (Object.keys(phaseStates) as PhaseId[]).find((phase) => phaseStates[phase] === state);
}
