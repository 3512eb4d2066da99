// Computed panels a step can show: the content decides where, the code decides what.
import * as z from 'zod';

export const insightIds = [
  /** The recommended legal route, its reasons, articles, alternatives and warnings. */
  'legal-route',
  /** The estimated value against the EU thresholds. */
  'threshold-check',
  /** The minimum time limits and the dated milestones of the procedure, with an .ics file. */
  'timeline',
  /** Each authority's share of the costs, to the cent. */
  'cost-split',
  /** Each authority's call-offs against the maximum of the contracts. */
  'call-off-balance',
  /** Each logged contract modification checked against Article 72. */
  'modification-check',
  /** The end of the standstill period. */
  'standstill',
  /** The last day to send the contract award notice. */
  'award-notice-deadline',
  /** The authorities' needs side by side, for harmonisation. */
  'needs-matrix',
] as const;

export const insightIdSchema = z.enum(insightIds);
export type InsightId = z.infer<typeof insightIdSchema>;
