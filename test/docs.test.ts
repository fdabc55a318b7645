import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedDocs } from '../src/docs/generate.js';
import { ISSUE_CODES, docsAnchor } from '../src/core/codes.js';

const root = join(__dirname, '..', 'docs');
const docs = generatedDocs();

// `npm run docs:gen` sets UPDATE_DOCS=1 to rewrite the committed files.
if (process.env.UPDATE_DOCS === '1') {
  for (const [path, content] of Object.entries(docs)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

describe('generated docs', () => {
  it.each(Object.keys(docs))('docs/%s is up to date with the declarations (run npm run docs:gen)', (path) => {
    const file = join(root, path);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(docs[path]);
  });

  it('never prints NaN, undefined or [object …] (messages are rendered with placeholders), and shows 対処 for every code', () => {
    expect(docs['issues.md']).not.toMatch(/NaN|undefined(?! 必要)|\[object /);
    expect(docs['issues.md']!.match(/^- 対処: /gm)).toHaveLength(ISSUE_CODES.length);
  });

  it('lists every issue code with its anchor in docs/issues.md', () => {
    for (const code of ISSUE_CODES) expect(docs['issues.md']).toContain(`<a id="${docsAnchor(code)}"></a>`);
  });
});

import { jsonSchema } from '../src/derive/zod.js';
import { KIND_IDS } from '../src/spec/kinds/index.js';

const schemaRoot = join(__dirname, '..', 'schemas');
if (process.env.UPDATE_DOCS === '1') {
  mkdirSync(schemaRoot, { recursive: true });
  for (const kind of KIND_IDS) writeFileSync(join(schemaRoot, `${kind}.schema.json`), JSON.stringify(jsonSchema(kind), null, 2) + '\n');
}

describe('generated JSON Schemas', () => {
  it.each(KIND_IDS)('schemas/%s.schema.json is up to date with the declaration', (kind) => {
    const file = join(schemaRoot, `${kind}.schema.json`);
    expect(existsSync(file)).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(jsonSchema(kind));
  });
});
