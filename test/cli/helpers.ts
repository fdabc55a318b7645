/** Shared helpers of the CLI tests: spawning dist/cli.cjs, temp dirs, fixtures, an XML checker. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeCp932 } from '../../src/encoding/index.js';
import { parseFile } from '../../src/codec/parse-file.js';
import { getTable, KIND_IDS } from '../../src/spec/kinds/index.js';
import { layoutFor } from '../../src/spec/editions/index.js';
import type { KindId } from '../../src/spec/kind.js';

export const CLI = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cliRaw(args: readonly string[], cwd = process.cwd()) {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

export function cli(args: readonly string[], cwd?: string): Run {
  const r = cliRaw(args, cwd);
  return { code: r.code, stdout: r.stdout.toString('utf8'), stderr: r.stderr };
}

const created: string[] = [];
/** A fresh temporary directory, removed after the test file. */
export function tempDir(prefix = 'careplan-cli-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  created.push(d);
  return d;
}
afterAll(() => {
  for (const d of created.splice(0)) rmSync(d, { recursive: true, force: true });
});

export function writeFiles(dir: string, files: readonly { name: string; bytes: Uint8Array }[]): string[] {
  mkdirSync(dir, { recursive: true });
  return files.map((f) => {
    const p = join(dir, f.name);
    writeFileSync(p, f.bytes);
    return p;
  });
}

/** Writes records as CSV without validating (to make broken fixtures); rows may be of any length. */
export function rawCsv(kind: KindId, rows: readonly (readonly string[])[]): Uint8Array {
  const fields = getTable(kind).fields;
  const text = rows.map((row) => row.map((v, i) => (fields[i]?.quoted ? `"${v.replace(/"/g, '""')}"` : v)).join(',') + '\r\n').join('');
  const enc = encodeCp932(text);
  if (!enc.bytes) throw new Error('fixture not representable in CP932');
  return enc.bytes;
}

export const rowOf = (kind: KindId, rec: Readonly<Record<string, string>>): string[] => getTable(kind).fields.map((f) => rec[f.key] ?? '');

/** Every field-name text of every table (a personal value equal to one would match by accident). */
const FIELD_NAMES: string[] = KIND_IDS.flatMap((k) => getTable(k).fields.flatMap((f) => [f.name.ja, f.name.en]));

/**
 * The values of personal fields in the given files (and in extra rows), long enough (4+ characters)
 * and distinctive enough (not a file name, not a field name, not also a non-personal value) that
 * finding one in an output can only mean a leak.
 */
export function personalValues(files: readonly { name: string; bytes: Uint8Array }[], extra: readonly string[] = []): string[] {
  const personal = new Set<string>(extra);
  const other = new Set<string>();
  for (const f of files) {
    const p = parseFile(f, { acceptUtf8: false });
    if (!p.kind || p.kind === 'UPKIHON_IMAGE') continue;
    const table = layoutFor(p.kind, p.csvVersion);
    if (!table) continue;
    for (const r of p.records as Readonly<Record<string, string>>[]) {
      for (const field of table.fields) (field.personal ? personal : other).add(r[field.key] ?? '');
    }
  }
  const names = files.map((f) => f.name);
  return [...personal].filter((v) => [...v].length >= 4 && !other.has(v) && !names.some((n) => n.includes(v)) && !FIELD_NAMES.some((n) => n.includes(v)));
}

/** The personal values found in a text (should be none). Also checks each line of multi-line values. */
export function leaks(text: string, values: readonly string[]): string[] {
  return values.filter((v) => text.includes(v) || v.split(/\r?\n/).some((part) => [...part].length >= 6 && text.includes(part)));
}

// ---- a tiny XML well-formedness checker (no regular expressions, no dependency) ----

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const isNameChar = (c: string) => c !== '' && ' \t\r\n/>=<"\'&?!'.indexOf(c) === -1;
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\n';

function decodeEntities(s: string, at: number): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '<') throw new Error(`raw < in text or attribute near ${at}`);
    if (c !== '&') {
      out += c;
      continue;
    }
    const end = s.indexOf(';', i);
    if (end === -1) throw new Error(`unterminated entity near ${at + i}`);
    const ent = s.slice(i + 1, end);
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (ent in named) out += named[ent];
    else if (ent.startsWith('#x')) out += String.fromCodePoint(parseInt(ent.slice(2), 16));
    else if (ent.startsWith('#')) out += String.fromCodePoint(parseInt(ent.slice(1), 10));
    else throw new Error(`unknown entity &${ent}; near ${at + i}`);
    i = end;
  }
  return out;
}

function checkChars(s: string) {
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const ok = c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
    if (!ok) throw new Error(`character U+${c.toString(16)} is not allowed in XML`);
  }
}

/** Parses a document (prolog, one root element, no DTD); throws with the reason when not well-formed. */
export function parseXml(doc: string): XmlElement {
  checkChars(doc);
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  if (doc.startsWith('<?xml')) {
    const end = doc.indexOf('?>');
    if (end === -1) throw new Error('unterminated XML declaration');
    i = end + 2;
  }
  while (i < doc.length) {
    const lt = doc.indexOf('<', i);
    const text = doc.slice(i, lt === -1 ? doc.length : lt);
    if (stack.length === 0) {
      for (const c of text) if (!isSpace(c)) throw new Error(`text outside the root element near ${i}`);
    } else {
      stack[stack.length - 1]!.text += decodeEntities(text, i);
    }
    if (lt === -1) break;
    i = lt + 1;
    if (doc.startsWith('!--', i)) {
      const end = doc.indexOf('-->', i);
      if (end === -1) throw new Error('unterminated comment');
      i = end + 3;
      continue;
    }
    if (doc[i] === '/') {
      i++;
      let name = '';
      while (isNameChar(doc[i] ?? '')) name += doc[i++];
      while (isSpace(doc[i] ?? '')) i++;
      if (doc[i] !== '>') throw new Error(`bad end tag near ${i}`);
      i++;
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`end tag </${name}> does not match <${open?.name ?? ''}>`);
      continue;
    }
    let name = '';
    while (isNameChar(doc[i] ?? '')) name += doc[i++];
    if (name === '') throw new Error(`empty tag name near ${i}`);
    const el: XmlElement = { name, attrs: {}, children: [], text: '' };
    for (;;) {
      const hadSpace = isSpace(doc[i] ?? '');
      while (isSpace(doc[i] ?? '')) i++;
      const c = doc[i];
      if (c === undefined) throw new Error('unterminated start tag');
      if (c === '>' || c === '/') break;
      if (!hadSpace) throw new Error(`missing space before attribute near ${i}`);
      let attr = '';
      while (isNameChar(doc[i] ?? '')) attr += doc[i++];
      if (attr === '' || doc[i] !== '=') throw new Error(`bad attribute near ${i}`);
      i++;
      const q = doc[i];
      if (q !== '"' && q !== "'") throw new Error(`unquoted attribute near ${i}`);
      const end = doc.indexOf(q, i + 1);
      if (end === -1) throw new Error('unterminated attribute');
      if (attr in el.attrs) throw new Error(`duplicate attribute ${attr}`);
      el.attrs[attr] = decodeEntities(doc.slice(i + 1, end), i);
      i = end + 1;
    }
    const selfClosing = doc[i] === '/';
    if (selfClosing) i++;
    if (doc[i] !== '>') throw new Error(`bad start tag near ${i}`);
    i++;
    if (stack.length > 0) stack[stack.length - 1]!.children.push(el);
    else if (root) throw new Error('more than one root element');
    else root = el;
    if (!selfClosing) stack.push(el);
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (!root) throw new Error('no root element');
  return root;
}

export const childrenNamed = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);
