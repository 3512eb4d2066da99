// Which phases can start. A phase can always be opened to read, but its answers can only be
// given once what it builds on exists: you cannot plan a tender before the legal route is set.
import type { Dossier } from '@/schemas/dossier';
import type { PhaseId } from '@/schemas/ids';
import { leadParty, listParties } from './parties';

type DossierFacts = Pick<Dossier, 'answers' | 'progress'>;

/** A buyers group of at least two authorities, one of them chosen to lead. */
export function hasLeadBuyer(dossier: DossierFacts): boolean {
  return listParties(dossier.answers).length >= 2 && leadParty(dossier.answers) !== undefined;
}

export function isPhaseConfirmed(dossier: DossierFacts, phase: PhaseId): boolean {
  return dossier.progress.confirmed[phase] !== undefined;
}

/** The legal-basis phase is confirmed: route, applicable law and languages are decided. */
export const isRouteDecided = (dossier: DossierFacts) => isPhaseConfirmed(dossier, 'legal-basis');
export const isTenderPlanned = (dossier: DossierFacts) => isPhaseConfirmed(dossier, 'tender');
export const isContractAwarded = (dossier: DossierFacts) => isPhaseConfirmed(dossier, 'award');

export interface PhaseRequirement {
  /** Name of the guard, as the machine and the overview refer to it. */
  guard: 'hasLeadBuyer' | 'isRouteDecided' | 'isTenderPlanned' | 'isContractAwarded';
  /** The phase where the user meets the requirement. */
  after: PhaseId;
  holds: (dossier: DossierFacts) => boolean;
}

export const phaseRequirements: Partial<Record<PhaseId, PhaseRequirement>> = {
  'market-research': { guard: 'hasLeadBuyer', after: 'preparation', holds: hasLeadBuyer },
  'legal-basis': { guard: 'hasLeadBuyer', after: 'preparation', holds: hasLeadBuyer },
  tender: { guard: 'isRouteDecided', after: 'legal-basis', holds: isRouteDecided },
  award: { guard: 'isTenderPlanned', after: 'tender', holds: isTenderPlanned },
  'contract-management': { guard: 'isContractAwarded', after: 'award', holds: isContractAwarded },
};

export function canStartPhase(dossier: DossierFacts, phase: PhaseId): boolean {
  return phaseRequirements[phase]?.holds(dossier) ?? true;
}
