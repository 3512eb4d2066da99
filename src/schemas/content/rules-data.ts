// Legal numbers as data (content/rules/), each with its source, so the rules in src/domain read
// them rather than typing a legal number twice, and legal experts can check and update them.
import * as z from 'zod';
import { legalReferenceSchema } from '../legal-reference';
import { localisedTextSchema } from '../localised-text';

export const directiveIds = ['2014-24', '2014-25', '2014-23', '2009-81'] as const;
export const directiveIdSchema = z.enum(directiveIds);
export type DirectiveId = z.infer<typeof directiveIdSchema>;

export const contractKinds = [
  'supplies',
  'services',
  'works',
  'social-services',
  'concessions',
] as const;
export const contractKindSchema = z.enum(contractKinds);
export type ContractKind = z.infer<typeof contractKindSchema>;

export const authorityClassSchema = z.enum(['central', 'sub-central', 'any']);
export type AuthorityClass = z.infer<typeof authorityClassSchema>;

const isoDate = z.iso.date();

export const thresholdRowSchema = z
  .object({
    directive: directiveIdSchema,
    contract: contractKindSchema,
    /** Whose threshold: central government authorities, sub-central ones, or any buyer. */
    authority: authorityClassSchema,
    eur: z.number().int().positive(),
    /** False when the figure was derived rather than read in the act (see `note`). */
    verified: z.boolean(),
    source: z.string().min(1).max(400),
    note: localisedTextSchema.optional(),
  })
  .strict();
export type ThresholdRow = z.infer<typeof thresholdRowSchema>;

export const thresholdPeriodSchema = z
  .object({
    id: z.string().regex(/^\d{4}-\d{4}$/),
    from: isoDate,
    to: isoDate,
    /** The delegated regulations that set the figures. */
    acts: z.string().min(1).max(400),
    rows: z.array(thresholdRowSchema).min(1).max(40),
  })
  .strict();
export type ThresholdPeriod = z.infer<typeof thresholdPeriodSchema>;

export const thresholdsSchema = z
  .object({
    $schema: z.string().optional(),
    /** Values are net of VAT and include options and renewals. */
    periods: z.array(thresholdPeriodSchema).min(1).max(10),
    legal: z.array(legalReferenceSchema).max(10),
  })
  .strict();
export type Thresholds = z.infer<typeof thresholdsSchema>;

export const procedureIds = [
  'open',
  'restricted',
  'competitive-negotiation',
  'competitive-dialogue',
  'innovation-partnership',
  'negotiated-with-publication',
  'negotiated-without-publication',
  'dynamic-purchasing-system',
] as const;
export const procedureIdSchema = z.enum(procedureIds);
export type ProcedureId = z.infer<typeof procedureIdSchema>;

export const stageSchema = z.enum(['requests', 'tenders']);
export type Stage = z.infer<typeof stageSchema>;

export const timeLimitRowSchema = z
  .object({
    directive: z.enum(['2014-24', '2009-81']),
    procedure: procedureIdSchema,
    stage: stageSchema,
    /** Whether the directive has this procedure (and this stage) at all. */
    available: z.boolean(),
    /** Minimum days in the standard case; null when the directive sets no minimum. */
    standard: z.number().int().positive().nullable(),
    /** What starts the period. */
    from: z.enum(['notice-sent', 'invitation-sent']).optional(),
    /** Shorter minima, each an alternative to the standard one. */
    pin: z
      .object({ days: z.number().int().positive(), floor: z.number().int().positive().optional() })
      .strict()
      .optional(),
    urgency: z
      .object({
        days: z.number().int().positive(),
        /** Shorter still when the notice was sent electronically (2009/81). */
        electronicNoticeDays: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
    /** The standard minimum when tenders (or requests) may be submitted electronically. */
    electronicSubmission: z.number().int().positive().optional(),
    /** Days off the standard minimum when the notice is drawn up and sent electronically. */
    electronicNoticeReduction: z.number().int().positive().optional(),
    /** Sub-central buyers may fix the limit by agreement with all candidates; this floor applies without one. */
    subCentralAgreementFloor: z.number().int().positive().optional(),
    legal: z.array(legalReferenceSchema).min(1).max(10),
    verified: z.boolean(),
    note: localisedTextSchema.optional(),
  })
  .strict();
export type TimeLimitRow = z.infer<typeof timeLimitRowSchema>;

export const timeLimitsSchema = z
  .object({
    $schema: z.string().optional(),
    rows: z.array(timeLimitRowSchema).min(1).max(60),
    /** Other periods the timeline uses: standstill, award notice, additional information. */
    periods: z
      .object({
        standstillElectronic: z.number().int().positive(),
        standstillOtherMeans: z.number().int().positive(),
        standstillFromReceipt: z.number().int().positive(),
        awardNotice: z.record(z.enum(['2014-24', '2009-81']), z.number().int().positive()),
        additionalInformationBefore: z.number().int().positive(),
        additionalInformationBeforeUrgent: z.number().int().positive(),
        frameworkMaxMonths: z.number().int().positive(),
      })
      .strict(),
    legal: z.array(legalReferenceSchema).max(20),
  })
  .strict();
export type TimeLimits = z.infer<typeof timeLimitsSchema>;
