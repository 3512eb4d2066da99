// Structured conditions (DESIGN.md §4): content says *when* with data, never with code or
// expression strings. Evaluated by src/domain/conditions.ts.
import * as z from 'zod';
import { kebabIdPattern } from './ids';

const kebab = kebabIdPattern.source.slice(1, -1);

/**
 * "step-id.field-id" names a field of another step; a bare "field-id" names a field of the same
 * step, or a sibling inside the same repeatable group item.
 */
export const fieldRefSchema = z
  .string()
  .regex(
    new RegExp(`^${kebab}(?:\\.${kebab})?$`),
    'Name a field as "step-id.field-id", or "field-id" within the same step',
  );
export type FieldRef = z.infer<typeof fieldRefSchema>;

export const scalarValueSchema = z.union([z.string().max(200), z.number(), z.boolean()]);
export type ScalarValue = z.infer<typeof scalarValueSchema>;

const compareCondition = z
  .object({
    field: fieldRefSchema,
    op: z.enum(['equals', 'notEquals', 'includes', 'excludes']),
    value: scalarValueSchema,
  })
  .strict();

const setCondition = z
  .object({
    field: fieldRefSchema,
    op: z.enum(['in', 'notIn']),
    value: z.array(scalarValueSchema).min(1).max(100),
  })
  .strict();

const orderCondition = z
  .object({
    field: fieldRefSchema,
    op: z.enum(['gt', 'gte', 'lt', 'lte']),
    /** A number, or an ISO date (YYYY-MM-DD) for date fields. */
    value: z.union([z.number(), z.iso.date()]),
  })
  .strict();

const presenceCondition = z
  .object({
    field: fieldRefSchema,
    op: z.enum(['answered', 'notAnswered']),
  })
  .strict();

export const fieldConditionSchema = z
  .union([compareCondition, setCondition, orderCondition, presenceCondition])
  .meta({ id: 'fieldCondition', description: 'A test on one answer' });
export type FieldCondition = z.infer<typeof fieldConditionSchema>;

export const conditionSchema = z
  .union([
    fieldConditionSchema,
    z
      .object({
        get all() {
          return z.array(conditionSchema).min(1).max(50);
        },
      })
      .strict(),
    z
      .object({
        get any() {
          return z.array(conditionSchema).min(1).max(50);
        },
      })
      .strict(),
    z
      .object({
        get not() {
          return conditionSchema;
        },
      })
      .strict(),
  ])
  .meta({
    id: 'condition',
    description: 'A field condition, or all / any / not of conditions',
  });
export type Condition = z.infer<typeof conditionSchema>;
