/**
 * `npm run content:schema`: writes src/content/region.schema.json, the JSON Schema of a region file,
 * generated from the valibot schema (src/content/schema.ts) with @valibot/to-json-schema. Every region
 * file names it in `$schema`, so an editor's IDE checks the file while it is typed. Checks valibot
 * cannot express in JSON Schema (a sub-element of its pillar, a real calendar date, unique ids) are
 * left to `npm run content:check`. `--check` fails when the committed file is not what this writes.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { toJsonSchema } from '@valibot/to-json-schema'
import { RegionFileSchema } from '../src/content/schema.ts'

export const SCHEMA_FILE = resolve(import.meta.dirname, '../src/content/region.schema.json')

export function regionJsonSchema(): string {
  const schema = {
    ...toJsonSchema(RegionFileSchema, { errorMode: 'ignore' }),
    $id: 'region.schema.json',
    title: 'A region of the Pameran Virtual Gerakan Menuju Smart City',
    description: 'One kota/kabupaten: its cohorts with sources, exhibits, recognitions and web sites. Generated from src/content/schema.ts by `npm run content:schema`; `npm run content:check` checks more.',
  }
  return `${JSON.stringify(schema, null, 2)}\n`
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = regionJsonSchema()
  if (process.argv.includes('--check')) {
    if (readFileSync(SCHEMA_FILE, 'utf8') !== text) {
      console.error('✖ src/content/region.schema.json is out of date: run `npm run content:schema`')
      process.exit(1)
    }
    console.log('✔ src/content/region.schema.json is up to date')
  } else {
    writeFileSync(SCHEMA_FILE, text)
    console.log('wrote src/content/region.schema.json')
  }
}
