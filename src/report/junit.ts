/**
 * JUnit XML for CI: one <testsuite> per transmission, one <testcase> per file; error issues in
 * <failure>, warnings and infos in <system-out>. Everything is escaped and every character that
 * XML 1.0 forbids is replaced, so the document is always well-formed.
 */
import type { Issue } from '../core/issue.js';
import { printable } from './format.js';
import { filesWithIssues, notReadText, sendTitle, shownIssues, wholeSendIssues, type CheckRun } from './model.js';
import { issueLines } from './text.js';
import { escapeXmlText } from './escape.js';

/** XML text or attribute value, always well-formed: the one escaper's policy (report/escape.ts). */
export const xmlEscape = (s: string): string => escapeXmlText(s);

interface Case {
  readonly classname: string;
  readonly name: string;
  readonly issues: readonly Issue[];
  /** Why the file was not checked (a <skipped> test case). */
  readonly skipped?: string | undefined;
}

function renderCase(c: Case, run: CheckRun, indent: string): string {
  const shown = shownIssues(c.issues, run.render);
  const errors = shown.filter((i) => i.severity === 'error');
  const others = shown.filter((i) => i.severity !== 'error');
  const head = `${indent}<testcase classname="${xmlEscape(c.classname)}" name="${xmlEscape(c.name)}"`;
  if (shown.length === 0 && !c.skipped) return `${head}/>`;
  const lines = [`${head}>`];
  if (c.skipped) lines.push(`${indent}  <skipped message="${xmlEscape(c.skipped)}"/>`);
  if (errors.length > 0) {
    const message = run.lang === 'ja' ? `エラー ${errors.length}件` : `${errors.length} error${errors.length === 1 ? '' : 's'}`;
    const body = issueLines(errors, run, '').join('\n');
    lines.push(`${indent}  <failure message="${xmlEscape(message)}" type="${xmlEscape(errors[0]!.code)}">${xmlEscape(body)}</failure>`);
  }
  if (others.length > 0) lines.push(`${indent}  <system-out>${xmlEscape(issueLines(others, run, '').join('\n'))}</system-out>`);
  lines.push(`${indent}</testcase>`);
  return lines.join('\n');
}

export function renderJunit(run: CheckRun): string {
  const wholeName = run.lang === 'ja' ? '(送信全体)' : '(the send as a whole)';
  const suites: { name: string; cases: Case[] }[] = run.sends.map((s) => {
    const cases: Case[] = filesWithIssues(s).map(({ file, issues }) => ({
      classname: `careplan-csv.${file.kind ?? 'unknown'}`,
      name: printable(file.name),
      issues,
      skipped: file.notRead ? notReadText(file.notRead, run.lang) : undefined,
    }));
    const whole = wholeSendIssues(s);
    if (whole.length > 0) cases.push({ classname: 'careplan-csv.send', name: wholeName, issues: whole });
    const name = run.mode === 'single-file' ? printable(s.files[0]?.name ?? 'careplan-csv') : sendTitle(s, run.lang);
    return { name, cases };
  });
  const failing = (c: Case) => c.issues.some((i) => i.severity === 'error');
  const skipped = (c: Case) => c.skipped !== undefined;
  const tests = suites.reduce((n, s) => n + s.cases.length, 0);
  const failures = suites.reduce((n, s) => n + s.cases.filter(failing).length, 0);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="careplan-csv check" tests="${tests}" failures="${failures}" errors="0">`];
  for (const s of suites) {
    out.push(
      `  <testsuite name="${xmlEscape(s.name)}" tests="${s.cases.length}" failures="${s.cases.filter(failing).length}" errors="0" skipped="${s.cases.filter(skipped).length}">`,
    );
    for (const c of s.cases) out.push(renderCase(c, run, '    '));
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
