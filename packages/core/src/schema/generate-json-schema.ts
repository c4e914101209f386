/**
 * JSON Schema (draft 2020-12) files for the documents core defines, generated from core's own
 * valibot schemas with `@valibot/to-json-schema`. `pnpm --filter @barnets-basta/core json-schema` writes them to
 * packages/core/schema/; core's test `schema/json-schema.test.ts` fails when the shipped files
 * differ from a fresh generation. What a JSON Schema cannot say (rules across fields, formats
 * checked by code) is listed in docs/data-format.md, "JSON Schema".
 */
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import type { GenericSchema } from 'valibot';
import { packSchema } from '../content/parse-pack.ts';
import { fidelitySchema, partialSchema, recordSchema } from '../follow-up/schema.ts';
import { sipSchema } from '../sip/parse-sip-plan.ts';
import { assessmentSchema } from '../validation/parse.ts';

const ID_BASE = 'https://barnets-basta.example.invalid/schema/';

/** The documents and the file each schema is shipped as (`@barnets-basta/core/schema/<file>`). */
export const DOCUMENTS: { file: string; title: string; schema: GenericSchema }[] = [
  {
    file: 'assessment.schema.json',
    title: 'Barnets bästa: assessment (bb.assessment)',
    schema: assessmentSchema,
  },
  {
    file: 'sip-plan.schema.json',
    title: 'Barnets bästa: SIP plan (bb.sip-plan)',
    schema: sipSchema,
  },
  { file: 'content-pack.schema.json', title: 'Barnets bästa: content pack', schema: packSchema },
  {
    file: 'statistics-record.schema.json',
    title: 'Barnets bästa: follow-up statistics record',
    schema: recordSchema,
  },
  {
    file: 'fidelity-record.schema.json',
    title: 'Barnets bästa: follow-up fidelity record',
    schema: fidelitySchema,
  },
  {
    file: 'follow-up-partial.schema.json',
    title: 'Barnets bästa: follow-up partial',
    schema: partialSchema,
  },
];

function convert(schema: GenericSchema): JsonSchema {
  return toJsonSchema(schema, {
    target: 'draft-2020-12',
    // Custom checks (formats, the plain-object test) do not translate; the structure does.
    errorMode: 'ignore',
    overrideSchema: ({ valibotSchema }) =>
      // Our `custom` schema is the plain-object test before every object.
      valibotSchema.type === 'custom' ? { type: 'object' } : undefined,
  });
}

/** Every schema file: its name and its text (formatted JSON, ending in a line break). */
export function generateJsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { file, title, schema } of DOCUMENTS) {
    const json = { ...convert(schema), $id: ID_BASE + file, title };
    out[file] = `${JSON.stringify(json, null, 2)}\n`;
  }
  return out;
}
