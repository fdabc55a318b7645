/**
 * JUnit XML for CI: one <testsuite> per transmission, one <testcase> per file; error issues in
 * <failure>, warnings and infos in <system-out>. Everything is escaped and every character that
 * XML 1.0 forbids is replaced, so the document is always well-formed.
 */
import type { Issue } from '../core/issue.js';
import { printable } from './format.js';
import { escapeXmlText } from './escape.js';
import { bundleIssuesByFile, transmissionTitle, type CheckRun } from './model.js';
import { issueLine } from './text.js';

/** XML text or attribute value, always well-formed: the one escaper's policy (report/escape.ts). */
export const xmlEscape = (s: string): string => escapeXmlText(s);

interface Case {
  readonly classname: string;
  readonly name: string;
  readonly issues: readonly Issue[];
}

function renderCase(c: Case, run: CheckRun, indent: string): string {
  const opts = { lang: run.lang, showValues: run.showValues };
  const errors = c.issues.filter((i) => i.severity === 'error');
  const others = c.issues.filter((i) => i.severity !== 'error');
  const head = `${indent}<testcase classname="${xmlEscape(c.classname)}" name="${xmlEscape(c.name)}"`;
  if (c.issues.length === 0) return `${head}/>`;
  const lines = [`${head}>`];
  if (errors.length > 0) {
    const message = run.lang === 'ja' ? `エラー ${errors.length}件` : `${errors.length} error${errors.length === 1 ? '' : 's'}`;
    const body = errors.map((i) => issueLine(i, opts)).join('\n');
    lines.push(`${indent}  <failure message="${xmlEscape(message)}" type="${xmlEscape(errors[0]!.code)}">${xmlEscape(body)}</failure>`);
  }
  if (others.length > 0) lines.push(`${indent}  <system-out>${xmlEscape(others.map((i) => issueLine(i, opts)).join('\n'))}</system-out>`);
  lines.push(`${indent}</testcase>`);
  return lines.join('\n');
}

export function renderJunit(run: CheckRun): string {
  const wholeName = run.lang === 'ja' ? '(送信全体)' : '(transmission)';
  const suites: { name: string; cases: Case[] }[] = run.transmissions.map((t) => {
    const byFile = bundleIssuesByFile(t.result);
    const cases: Case[] = t.result.files.map((f) => {
      const issues = [...f.issues, ...(byFile.get(f.name) ?? [])];
      byFile.delete(f.name);
      return { classname: `careplan-csv.${f.kind ?? 'unknown'}`, name: printable(f.name), issues };
    });
    const whole = byFile.get(undefined) ?? [];
    if (whole.length > 0) cases.push({ classname: 'careplan-csv.transmission', name: wholeName, issues: whole });
    const name = run.mode === 'directory' ? transmissionTitle(t, run.lang) : run.mode === 'single-file' ? printable(t.result.files[0]?.name ?? 'careplan-csv') : run.lang === 'ja' ? '送信' : 'transmission';
    return { name, cases };
  });
  const failing = (c: Case) => c.issues.some((i) => i.severity === 'error');
  const tests = suites.reduce((n, s) => n + s.cases.length, 0);
  const failures = suites.reduce((n, s) => n + s.cases.filter(failing).length, 0);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="careplan-csv check" tests="${tests}" failures="${failures}" errors="0">`];
  for (const s of suites) {
    out.push(`  <testsuite name="${xmlEscape(s.name)}" tests="${s.cases.length}" failures="${s.cases.filter(failing).length}" errors="0" skipped="0">`);
    for (const c of s.cases) out.push(renderCase(c, run, '    '));
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
