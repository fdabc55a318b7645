/** The whole document: users in the table of contents, files split by user, fragments. */
import { describe, expect, it } from 'vitest';
import { renderFormFragment, renderFormsHtml } from '../../src/render/index.js';
import { sections, transmissions } from './helpers.js';

const kyotaku = () => transmissions().find((s) => s.dir === 'kyotaku')!;
const yobo = () => transmissions().find((s) => s.dir === 'yobo')!;

/** The table of contents' user entries (text). */
const tocUsers = (html: string) => [...html.matchAll(/<li><a href="#u\d+">([\s\S]*?)<\/a>/g)].map((m) => m[1]!.replace(/<[^>]*>/g, ''));

describe('document', () => {
  it('names users 利用者1, 利用者2… when values are masked, and by name when they are shown', () => {
    const { inputs, sendIssues } = kyotaku();
    const names = inputs.find((i) => i.kind === 'UPHOSOKU')!.records.map((r) => r.name!);
    expect(names).toHaveLength(3);
    const masked = tocUsers(renderFormsHtml(inputs, { sendIssues }));
    expect(masked.map((u) => u.split('　')[0]!.replace(/ .*/, ''))).toEqual(['利用者1', '利用者2', '利用者3']);
    for (const n of names) expect(masked.join('\n')).not.toContain(n);
    const shown = tocUsers(renderFormsHtml(inputs, { sendIssues, showValues: true }));
    names.forEach((n, k) => expect(shown[k]).toContain(n));
  });

  it('splits a file of several users into one form per user, under that user', () => {
    const { inputs } = kyotaku();
    const html = renderFormsHtml(inputs);
    const up1 = inputs.find((i) => i.kind === 'UP1KYO')!;
    const users = html.split(/<div class="user-head" id="u\d+">/).slice(1);
    expect(users).toHaveLength(3);
    users.forEach((u) => {
      const forms = sections(u);
      expect(forms.filter((f) => f.files.includes(up1.name))).toHaveLength(1);
      // One 第6表 per user and month.
      expect(forms.filter((f) => f.files.some((n) => n.startsWith('UPPLAN_')))).toHaveLength(1);
    });
    // Each user's 第1表 shows that user's 被保険者番号 only.
    const shown = renderFormsHtml(inputs, { showValues: true })
      .split(/<div class="user-head" id="u\d+">/)
      .slice(1);
    up1.records.forEach((r, k) => {
      const first = sections(shown[k]!).find((f) => f.files.includes(up1.name))!.html;
      expect(first).toContain(r.insuredNumber!);
      for (const other of up1.records) if (other !== r) expect(first).not.toContain(other.insuredNumber!);
    });
  });

  it('renders one file as a fragment, borrowing the image from related files', () => {
    const { inputs } = yobo();
    const kihon = inputs.find((i) => i.kind === 'UPKIHON')!;
    const images = inputs.filter((i) => i.kind === null);
    const alone = renderFormFragment(kihon, { showValues: true });
    expect(alone.startsWith('<div class="cpr">')).toBe(true);
    expect(alone).not.toContain('<img');
    expect(alone).toContain('家族構成図の画像ファイルは入力にありません');
    const withImages = renderFormFragment(kihon, { showValues: true, relatedFiles: images });
    expect(withImages.match(/<img class="fam"/g)).toHaveLength(kihon.records.length);
    expect(sections(withImages).every((s) => s.files.length === 1 && s.files[0] === kihon.name)).toBe(true);
  });

  it('lists the send issues that name no file at the top, and titles the document', () => {
    const html = renderFormsHtml([], {
      title: '<b>送信</b>',
      sendIssues: [{ code: 'BUNDLE_TOO_MANY_FILES', severity: 'error', params: { count: 31, limit: 30 } }],
    });
    expect(html).toContain('<title>&lt;b&gt;送信&lt;/b&gt;</title>');
    expect(html).toContain('送信全体の問題 1件');
  });
});
