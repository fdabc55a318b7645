/**
 * docs/report.schema.json, compiled once (ajv, JSON Schema 2020-12): every JSON report the tests
 * read goes through `reportOf`, so every JSON output in the suite is validated against the schema.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import type { CheckJson } from '../../src/report/json.js';

export const REPORT_SCHEMA = JSON.parse(readFileSync(fileURLToPath(new URL('../../docs/report.schema.json', import.meta.url)), 'utf8')) as Record<
  string,
  unknown
>;

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(REPORT_SCHEMA);

/** Throws with every schema error when the report does not follow docs/report.schema.json. */
export function assertReport(report: unknown): asserts report is CheckJson {
  if (!validate(report)) throw new Error(`the report does not follow docs/report.schema.json:\n${ajv.errorsText(validate.errors, { separator: '\n' })}`);
}

/** The report printed by `check --format json`, parsed and validated against the schema. */
export function reportOf(stdout: string): CheckJson {
  const report = JSON.parse(stdout) as unknown;
  assertReport(report);
  return report;
}
