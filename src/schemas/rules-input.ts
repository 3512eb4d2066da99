// Inputs of the legal rules as plain data: what the app derives from a dossier, and what the
// command line reads from a JSON file (docs/cli.md).
import * as z from 'zod';
import { contractKindSchema, procedureIdSchema } from './content/rules-data';

export const routeIds = [
  'art37-cpb',
  'art38-joint',
  'art39-cpb',
  'art39-joint-award',
  'art39-joint-entity',
  'pcp',
  'defence-cpb',
  'defence-national',
  'defence-lead-nation',
  'defence-cooperative-programme',
  'defence-international',
  'defence-g2g',
  'art346',
] as const;
export const routeIdSchema = z.enum(routeIds);

/** The answers the route rule reads, as the content's option ids (domain/bindings.ts checks them). */
export const cooperationModels = [
  'joint-procedure',
  'cpb-own-state',
  'cpb-other-state',
  'joint-entity',
  'unknown',
] as const;
export const jointScopes = ['whole', 'parts', 'unknown'] as const;
export const exclusionIds = [
  'none',
  'international-agreement',
  'international-organisation',
  'cooperative-programme',
  'government-to-government',
  'unknown',
] as const;
export type RouteId = z.infer<typeof routeIdSchema>;

const countryCode = z.string().regex(/^[a-zA-Z]{2}$/, 'Use two-letter country codes, e.g. "ro"');

export const routeInputSchema = z
  .object({
    /** The member state of each authority of the buyers group (two-letter codes). */
    memberStates: z.array(countryCode).min(1).max(100),
    authorityTypes: z
      .array(
        z.enum(['central-government', 'sub-central', 'public-law-body', 'central-purchasing-body']),
      )
      .max(100)
      .optional(),
    nature: z.enum(['military', 'classified', 'neither', 'unknown']).default('unknown'),
    innovation: z
      .enum(['off-the-shelf', 'new-to-market', 'rd-services', 'develop-and-buy', 'unknown'])
      .default('unknown'),
    model: z.enum(cooperationModels).default('unknown'),
    art346: z.enum(['yes', 'no', 'unknown']).default('no'),
    exclusion: z.enum(exclusionIds).default('none'),
    jointScope: z.enum(jointScopes).default('unknown'),
    contractType: contractKindSchema.optional(),
    /** Estimated total value of all authorities' requirements, in euros, net of VAT. */
    estimatedValue: z.number().nonnegative().optional(),
    thresholdPeriod: z.enum(['2026-2027', '2024-2025']).default('2026-2027'),
  })
  .strict();
export type RouteInput = z.input<typeof routeInputSchema>;
export type ResolvedRouteInput = z.output<typeof routeInputSchema>;

export const timeLimitQuerySchema = z
  .object({
    directive: z.enum(['2014-24', '2009-81']),
    procedure: procedureIdSchema,
    stage: z.enum(['requests', 'tenders']),
    pin: z.boolean().default(false),
    urgency: z.boolean().default(false),
    electronicSubmission: z.boolean().default(false),
    electronicNotice: z.boolean().default(false),
    subCentral: z.boolean().default(false),
  })
  .strict();
export type TimeLimitQuery = z.input<typeof timeLimitQuerySchema>;

export const modificationInputSchema = z
  .object({
    contract: z
      .object({
        directive: z.enum(['2014-24', '2009-81']).default('2014-24'),
        type: z.enum(['supplies', 'services', 'works']),
        /** Value of the contract when awarded, in euros, net of VAT. */
        initialValue: z.number().positive(),
        /** The updated price under an indexation clause, when there is one (Article 72(3)). */
        indexedValue: z.number().positive().optional(),
        /** The EU threshold for this contract, in euros (Article 4). */
        threshold: z.number().positive(),
      })
      .strict(),
    change: z
      .object({
        /** Value of this change in euros: positive for an increase, negative for a decrease. */
        value: z.number(),
        /** The initial documents contain a clear, precise and unequivocal clause providing for it. */
        reviewClause: z.boolean().default(false),
        /** The change would alter the overall nature of the contract. */
        overallNatureChanged: z.boolean().default(false),
        /** Additional works, supplies or services by the original contractor have become necessary. */
        additionalNeed: z.boolean().default(false),
        /** A change of contractor cannot be made for economic or technical reasons and would cause significant inconvenience or duplication of costs. */
        changeOfContractorImpossible: z.boolean().default(false),
        /** The need arises from circumstances a diligent buyer could not have foreseen. */
        unforeseeable: z.boolean().default(false),
        /** A new contractor replaces the original one, and on what basis. */
        newContractor: z
          .enum(['none', 'review-clause', 'succession', 'buyer-takes-over', 'other'])
          .default('none'),
        /** The conditions that make a change substantial (Article 72(4)). */
        substantial: z
          .object({
            otherCandidates: z.boolean().default(false),
            economicBalance: z.boolean().default(false),
            scopeWidened: z.boolean().default(false),
          })
          .strict()
          .default({ otherCandidates: false, economicBalance: false, scopeWidened: false }),
      })
      .strict(),
    /** The values of earlier modifications of the same contract, in euros (signed). */
    previous: z.array(z.number()).max(500).default([]),
  })
  .strict();
export type ModificationInput = z.input<typeof modificationInputSchema>;
