// ajv validators for the vendored NIST OSCAL 1.1.2 schemas and the CycloneDX 1.6 schema bundled in
// @cyclonedx/cyclonedx-library (with the SPDX, JSF and crypto-defs schemas it refers to).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import { fullFormats } from 'ajv-formats/dist/formats'

const root = path.resolve(import.meta.dirname, '../../..')
const readJson = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as object
const OSCAL = 'lib/interchange/schemas/oscal-1.1.2'
const CDX = 'node_modules/@cyclonedx/cyclonedx-library/res/schema'

function oscalValidator(file: string): ValidateFunction {
  // strict: false because the NIST schemas use keywords ajv's strict mode lints (they are not ours to fix).
  const ajv = new Ajv({ strict: false, allErrors: true })
  addFormats(ajv)
  return ajv.compile(readJson(`${OSCAL}/${file}`))
}

function cyclonedxValidator(): ValidateFunction {
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    addUsedSchema: false,
    schemas: {
      'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json': readJson(`${CDX}/spdx.SNAPSHOT.schema.json`),
      'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json': readJson(`${CDX}/jsf-0.82.SNAPSHOT.schema.json`),
      'http://cyclonedx.org/schema/cryptography-defs.SNAPSHOT.schema.json': readJson(
        `${CDX}/cryptography-defs.SNAPSHOT.schema.json`,
      ),
    },
  })
  addFormats(ajv)
  // 1.6 uses the draft-2019 formats iri-reference and idn-email; an ASCII IRI is a URI, so the
  // stricter URI checks stand in for them.
  ajv.addFormat('iri-reference', fullFormats['uri-reference'])
  ajv.addFormat('idn-email', fullFormats.email)
  return ajv.compile(readJson(`${CDX}/bom-1.6.SNAPSHOT.schema.json`))
}

const cache: Record<string, ValidateFunction> = {}
const validator = (name: string, make: () => ValidateFunction) => (cache[name] ??= make())

export const validateAssessmentResults = (doc: unknown) =>
  run(
    validator('ar', () => oscalValidator('oscal_assessment-results_schema.json')),
    doc,
  )
export const validatePoam = (doc: unknown) =>
  run(
    validator('poam', () => oscalValidator('oscal_poam_schema.json')),
    doc,
  )
export const validateCbom = (doc: unknown) => run(validator('cdx', cyclonedxValidator), doc)

/** The schema errors as `path: message` lines; an empty list means valid. */
function run(validate: ValidateFunction, doc: unknown): string[] {
  if (validate(doc)) return []
  return (validate.errors ?? []).map(
    (e: ErrorObject) => `${e.instancePath || '/'}: ${e.message} ${JSON.stringify(e.params)}`,
  )
}
