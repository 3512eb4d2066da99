// JSON Schema versions of the content schemas, for editors' autocompletion and checks
// (content/schemas/*.schema.json). Generated from zod, never written by hand; a test fails
// when the committed files drift from the zod schemas.
import * as z from 'zod';
import { listSchema } from '@/schemas/content/list';
import { contentManifestSchema } from '@/schemas/content/manifest';
import { phaseSchema } from '@/schemas/content/phase';
import { stepSchema } from '@/schemas/content/step';

const schemas = {
  'step.schema.json': { schema: stepSchema, title: 'JPP Toolbox step' },
  'phase.schema.json': { schema: phaseSchema, title: 'JPP Toolbox phase' },
  'list.schema.json': { schema: listSchema, title: 'JPP Toolbox option list' },
  'content-manifest.schema.json': {
    schema: contentManifestSchema,
    title: 'JPP Toolbox content manifest',
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
