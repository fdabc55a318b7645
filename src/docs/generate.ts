/**
 * Generated docs: the issue catalogue and one field table per file kind, derived from the same
 * declarations as the code. Committed under docs/ and checked by test/docs.test.ts.
 */
import { ISSUE_CATALOGUE, ISSUE_CODES, ISSUE_CODE_DECLARATIONS, docsAnchor, layerOf, type IssueCode } from '../core/codes.js';
import type { FieldSpec } from '../spec/fields.js';
import type { TableSpec } from '../spec/kind.js';
import { adviceTemplate, messageTemplate } from '../report/format.js';
import { KIND_IDS, getTable } from '../spec/kinds/index.js';
import { sourceOf } from '../spec/issue-sources.js';
import { describePattern } from '../filenames/grammar.js';
import { FORMATS } from '../spec/formats/index.js';


const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const isStrict = (c: IssueCode) => (ISSUE_CODE_DECLARATIONS[c] as { strict?: true }).strict === true;

export function issuesMarkdown(): string {
  const lines = [
    '# Issue codes',
    '',
    '<!-- Generated from src/core/codes/, src/report/messages, src/spec/issue-sources.ts and the rules by `npm run docs:gen`. Do not edit. -->',
    '',
    'Every issue has a stable code `LAYER_SUBJECT_PROBLEM`, a default severity (callers may override it per code with the `severity` option), a Japanese and an English message, advice on what to do (「対処」, shown by `careplan-csv check --explain` and on the checker page), and a location (`file`, `line`, `record`, `fieldNo`, `fieldKey`, or `offset`: bytes from the start of the file, counted from 0; reports for people count from 1).',
    '',
    "Under `profile: 'strict'` (CLI `--strict`, for vendor tests) the warnings marked **strict** are errors: the spec or the 記載要領 states them without doubt. A warning that names a doubt stays a warning under every profile; the caller's own `severity` overrides win over the profile.",
    'No param carries a value read from a file unless the caller asks for values (`reportValues`; then in `value`/`values`). Where a value would help, a param gives its shape instead: `{shape}` is `<classes>:<length>` (classes `digit`, `latin`, `space`, `symbol`, `fullwidth`, `kana`, `kanji`, `control`, `pua`, `surrogate`, `other`, joined by `+`; length in characters) or `empty`, e.g. `digit:10`; a `{version}`, `{first}` or `{found}` is a CSV version of the spec, or else such a shape. The messages say it in words (「数字10桁」, "10 digits").',
    '',
    '| code | layer | severity | strict | 日本語 | English |',
    '|---|---|---|---|---|---|',
    ...ISSUE_CODES.map((c) => `| [\`${c}\`](#${docsAnchor(c)}) | ${layerOf(c)} | ${ISSUE_CATALOGUE[c]} | ${isStrict(c) ? 'error' : ''} | ${cell(messageTemplate(c, 'ja'))} | ${cell(messageTemplate(c, 'en'))} |`),
    '',
  ];
  for (const c of ISSUE_CODES) {
    const strict = isStrict(c) ? ["- Under `profile: 'strict'`: **error** (stated without doubt)"] : [];
    lines.push(
      `## ${c}`,
      '',
      `<a id="${docsAnchor(c)}"></a>`,
      '',
      `- Severity: **${ISSUE_CATALOGUE[c]}**`,
      ...strict,
      `- 日本語: ${messageTemplate(c, 'ja')}`,
      `- 対処: ${adviceTemplate(c, 'ja')}`,
      `- English: ${messageTemplate(c, 'en')}`,
      `- What to do: ${adviceTemplate(c, 'en')}`,
      `- Source: ${sourceOf(c) ?? ''}`,
      '',
    );
  }
  return lines.join('\n');
}


function fieldRow(f: FieldSpec): string {
  const required = f.required === 'certain' ? (f.summaryRowDoubt ? '○ (summary rows: doubt)' : '○') : f.required === 'doubt' ? '○ (doubt: warning)' : '';
  const codes = f.codes ? Object.entries(f.codes.codes).map(([k, v]) => `${k}:${v.ja}`).join('、') : '';
  const special = f.specialValues?.length ? `also ${f.specialValues.join(', ')}` : '';
  const length = f.length === undefined ? '―' : f.tolerateLength ? `${f.length} (≤${f.tolerateLength} warning)` : String(f.length);
  const notes = [codes, special, f.note ?? '', f.doubt ? `**Doubt:** ${f.doubt}` : '', f.summaryRowDoubt ? `**Doubt (種類別小計/全合計 rows):** ${f.summaryRowDoubt}` : ''].filter(Boolean).join('<br>');
  return `| ${f.no} | ${cell(f.name.ja)} | \`${f.key}\` | ${cell(f.name.en)} | ${length} | ${required} | ${f.necessary ? '○' : ''} | ${FORMATS[f.format].label.ja} | ${f.personal ? 'yes' : ''} | ${cell(notes)} |`;
}

export function tableMarkdown(table: TableSpec): string {
  const rules = [...table.recordRules, ...table.fileRules];
  return [
    `# ${table.id} — ${table.title.ja}`,
    '',
    '<!-- Generated from the table declaration by `npm run docs:gen`. Do not edit. -->',
    '',
    `${table.title.en}. Source: ${table.section}. File name: \`${describePattern(table.id)}\`.`,
    '',
    ...(table.notes ?? []).map((n) => `- ${n}`),
    '',
    '| No. | 項目名 | key | English | 長 | 必須 | 必要 | 書式 | personal | notes |',
    '|---:|---|---|---|---|---|---|---|---|---|',
    ...table.fields.map(fieldRow),
    '',
    ...(rules.length ? ['## Record and file rules', '', ...rules.map((r) => `- \`${r.id}\` (${r.codes.join(', ')}): ${r.description.ja} — ${r.description.en}`), ''] : []),
    ...(table.nameLinks?.length
      ? [
          '## Fields checked against the file name',
          '',
          ...table.nameLinks.map((l) => `- \`${l.fieldKey}\` = the ${l.party}'s office${l.whenServiceType ? ` (when its service type is ${l.whenServiceType.join('/')}, or the name has none)` : ''}: ${l.code} (a warning)`),
          '',
        ]
      : []),
  ].join('\n');
}

/** Every generated doc: path under docs/ → content. */
export function generatedDocs(): Record<string, string> {
  const docs: Record<string, string> = { 'issues.md': issuesMarkdown() };
  const index = ['# File kinds', '', '<!-- Generated by `npm run docs:gen`. Do not edit. -->', '', '| kind | 名称 | fields |', '|---|---|---:|'];
  for (const kind of KIND_IDS) {
    const t = getTable(kind);
    docs[`tables/${kind}.md`] = tableMarkdown(t);
    index.push(`| [${kind}](./${kind}.md) | ${t.title.ja} | ${t.fields.length} |`);
  }
  docs['tables/README.md'] = index.join('\n') + '\n';
  return docs;
}
