// The legal data of content/rules/, parsed with its schemas: rule tests depend on these files
// only, not on the whole content.
import statementsJson from '../../content/rules/statements.json' with { type: 'json' };
import thresholdsJson from '../../content/rules/thresholds.json' with { type: 'json' };
import timeLimitsJson from '../../content/rules/time-limits.json' with { type: 'json' };
import { thresholdsSchema, timeLimitsSchema } from '@/schemas/content/rules-data';
import { statementsSchema } from '@/schemas/content/statements';

export const rulesData = {
  thresholds: thresholdsSchema.parse(thresholdsJson),
  timeLimits: timeLimitsSchema.parse(timeLimitsJson),
  statements: statementsSchema.parse(statementsJson),
};
