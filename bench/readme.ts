/** `--write-readme`: the text between `<!-- bench:start -->` and `<!-- bench:end -->`, replaced. */
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

export function replaceBlock(path: string, body: string): void {
  const text = readFileSync(path, 'utf8');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${path}: no ${START} … ${END} block`);
  writeFileSync(path, `${text.slice(0, a + START.length)}\n${body.trim()}\n${text.slice(b)}`);
}
