// JSON Schema versions of the content schemas, for editors' autocompletion and checks
// (content/schemas/*.schema.json). Generated from zod, never written by hand; a test fails
// when the committed files drift from the zod schemas.
import * as z from 'zod';
import { casesSchema, glossarySchema } from '@/schemas/content/knowledge';
import { listSchema } from '@/schemas/content/list';
import { contentManifestSchema } from '@/schemas/content/manifest';
import { phaseSchema } from '@/schemas/content/phase';
import { thresholdsSchema, timeLimitsSchema } from '@/schemas/content/rules-data';
import { statementsSchema } from '@/schemas/content/statements';
import { stepSchema } from '@/schemas/content/step';
import { templateSchema } from '@/schemas/content/template';
import { documentStringsSchema } from '@/schemas/content/document-strings';

const schemas = {
  'step.schema.json': { schema: stepSchema, title: 'JPP Toolbox step' },
  'phase.schema.json': { schema: phaseSchema, title: 'JPP Toolbox phase' },
  'list.schema.json': { schema: listSchema, title: 'JPP Toolbox option list' },
  'content-manifest.schema.json': {
    schema: contentManifestSchema,
    title: 'JPP Toolbox content manifest',
  },
  'thresholds.schema.json': { schema: thresholdsSchema, title: 'JPP Toolbox EU thresholds' },
  'time-limits.schema.json': { schema: timeLimitsSchema, title: 'JPP Toolbox time limits' },
  'statements.schema.json': { schema: statementsSchema, title: 'JPP Toolbox rule statements' },
  'glossary.schema.json': { schema: glossarySchema, title: 'JPP Toolbox glossary' },
  'cases.schema.json': { schema: casesSchema, title: 'JPP Toolbox case library' },
  'template.schema.json': { schema: templateSchema, title: 'JPP Toolbox document template' },
  'document-strings.schema.json': {
    schema: documentStringsSchema,
    title: 'JPP Toolbox document words',
  },
} as const;

/** File name → JSON text, exactly as committed in content/schemas/. */
export function contentJsonSchemas(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(schemas).map(([file, { schema, title }]) => [
      file,
      `${JSON.stringify({ title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', reused: 'ref' }) }, null, 2)}\n`,
    ]),
  );
}
