/**
 * The page's only style sheet, inline in the document: A4 landscape print (each form on a new page,
 * rows kept whole), readable on screen. Every rule is scoped under .cpr except @page.
 */
export const RENDER_CSS = `
@page { size: A4 landscape; margin: 8mm 10mm; }
.cpr { font-family: "Hiragino Kaku Gothic ProN", "Hiragino Sans", "Yu Gothic", "Meiryo", "Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic", sans-serif; font-size: 9pt; color: #000; line-height: 1.35; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.cpr * { box-sizing: border-box; }
.cpr .doc-head, .cpr .form { background: #fff; width: 277mm; margin: 0 auto 8mm; padding: 6mm 7mm; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
.cpr h1 { font-size: 15pt; margin: 0 0 3mm; }
.cpr h2 { font-size: 13pt; margin: 0; font-weight: bold; letter-spacing: .08em; }
.cpr .user-head { width: 277mm; margin: 6mm auto 2mm; font-size: 11pt; font-weight: bold; border-left: 2mm solid #446; padding-left: 2mm; }
.cpr .fh { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 0.6mm solid #000; margin-bottom: 1.5mm; }
.cpr .fh .sub { font-size: 9pt; font-weight: normal; margin-left: 2mm; letter-spacing: 0; }
.cpr .fmeta { font-size: 7.5pt; color: #333; margin: .5mm 0; }
.cpr .fmeta .fl { color: #666; }
.cpr .fn, .cpr .pfx { font-family: ui-monospace, "SFMono-Regular", Consolas, monospace; }
.cpr .pfx { font-size: 7pt; border: 1px solid #999; border-radius: 1mm; padding: 0 .8mm; color: #333; }
.cpr .issues { border: 0.4mm solid #c00; background: #fff5f5; padding: 1mm 2mm; margin: 1mm 0 2mm; font-size: 8pt; }
.cpr .issues ul { margin: .5mm 0 0; padding-left: 5mm; }
.cpr .issues .ih { font-weight: bold; color: #900; }
.cpr .sev { font-size: 7pt; padding: 0 .8mm; border-radius: .8mm; color: #fff; background: #666; }
.cpr .sev-error { background: #c00; } .cpr .sev-warning { background: #b86e00; } .cpr .sev-info { background: #357; }
.cpr table { border-collapse: collapse; }
.cpr table.f { width: 100%; table-layout: fixed; margin: 0 0 1.5mm; }
.cpr .f th, .cpr .f td { border: 0.25mm solid #000; padding: .4mm 1mm; vertical-align: top; overflow-wrap: anywhere; }
.cpr .f th { background: #eef0f3; font-weight: normal; text-align: center; vertical-align: middle; }
.cpr .f th.l, .cpr .f th.sec { text-align: left; }
.cpr .f th.sec { background: #dde2ea; font-weight: bold; }
.cpr .f td.nb, .cpr .f.hd td.nb { border: none; }
.cpr .f caption { text-align: left; font-weight: bold; padding: .5mm 0; }
.cpr .f tr, .cpr .f tbody.row, .cpr .blk, .cpr .wk { break-inside: avoid; page-break-inside: avoid; }
.cpr .f thead { display: table-header-group; }
.cpr .f.hd { table-layout: auto; }
.cpr .f.hd th { white-space: nowrap; width: 1%; }
.cpr .f.hd td { white-space: nowrap; }
.cpr .f.hd td.wr { white-space: normal; }
.cpr table.f.other { width: auto; min-width: 60%; table-layout: auto; font-size: 8pt; }
.cpr .f.kv col.c-l { width: 11%; }
.cpr .f.kv th, .cpr .f.t1 th { text-align: left; }
.cpr .f.t1 col.c-l { width: 13%; }
.cpr tr.big td { height: 14mm; }
.cpr .r { text-align: right; }
.cpr .c { text-align: center; }
.cpr .num { text-align: right; font-variant-numeric: tabular-nums; }
.cpr .sm { font-size: 7pt; color: #333; }
.cpr .note { font-size: 7.5pt; color: #333; margin: .5mm 0; }
.cpr .no { display: inline-block; min-width: 3.5mm; font-size: 7pt; border: 1px solid #777; border-radius: 50%; text-align: center; margin-right: 1mm; padding: 0 .5mm; }
.cpr .cd { font-family: ui-monospace, Consolas, monospace; font-size: 8pt; padding: 0 .6mm; border: 1px solid #bbb; border-radius: .6mm; margin: 0 .6mm 0 0; background: #fafafa; }
.cpr .cl { margin-right: .6mm; }
.cpr .opt { padding: 0 .8mm; color: #777; }
.cpr .opt.on { color: #000; border: 0.35mm solid #000; border-radius: 50%; font-weight: bold; }
.cpr .opts { margin-right: 1.5mm; }
.cpr .msk { color: #555; letter-spacing: .05em; }
.cpr .esc { font-family: ui-monospace, Consolas, monospace; font-size: 80%; color: #a00; border: 1px dotted #a00; padding: 0 .3mm; }
.cpr .lent { text-decoration: underline dotted; }
.cpr .iss-error { background: #ffd6d6 !important; box-shadow: inset 0 0 0 0.5mm #c00; }
.cpr .iss-warning { background: #fff0c2 !important; box-shadow: inset 0 0 0 0.5mm #d08a00; }
.cpr .iss-info { background: #e3eefc !important; }
.cpr .mk { color: #c00; font-size: 6.5pt; font-weight: bold; margin-left: .3mm; }
.cpr .mk a { color: #c00; text-decoration: none; margin-left: .3mm; }
.cpr .item { display: inline-block; margin: 0 2mm .5mm 0; padding: 0 .5mm; }
.cpr .circle { font-size: 10pt; }
.cpr .star { color: #000; margin-right: .5mm; }
/* 第2表 */
.cpr .t2 col.w-need { width: 13%; } .cpr .t2 col.w-goal { width: 11.5%; } .cpr .t2 col.w-per { width: 7%; }
.cpr .t2 col.w-svc { width: 14%; } .cpr .t2 col.w-m1 { width: 4%; } .cpr .t2 col.w-kind { width: 8%; } .cpr .t2 col.w-m2 { width: 10%; } .cpr .t2 col.w-freq { width: 6%; }
.cpr .t2 td, .cpr .ys td { font-size: 8pt; }
.cpr td.grp { background: #fff; }
/* 第3表 */
.cpr .wkh { margin-bottom: 0; }
.cpr .wk { position: relative; width: 100%; margin-bottom: 1.5mm; }
.cpr .wkbg { width: 100%; table-layout: fixed; position: absolute; top: 0; left: 0; }
.cpr .wkbg td, .cpr .wkbg th { border: 0.25mm solid #000; border-top: 0.15mm dotted #888; padding: 0 .5mm; font-size: 7pt; vertical-align: top; }
.cpr .wkbg tr:nth-child(2n+1) td { border-top: 0.25mm solid #000; }
.cpr .wkbg th.per { background: #eef0f3; font-weight: normal; writing-mode: vertical-rl; text-align: center; border-top: 0.25mm solid #000; }
.cpr .wkbg td.hr { color: #333; }
.cpr .wkbg .h24 { position: relative; top: 2.6mm; }
.cpr .blk { position: absolute; background: #fff; border: 0.35mm solid #000; border-radius: .8mm; font-size: 6.5pt; line-height: 1.15; padding: 0 .5mm; overflow: hidden; z-index: 1; }
.cpr .blk[data-act] { border: none; border-left: 0.6mm solid #555; border-radius: 0; background: rgba(255,255,255,.85); }
.cpr .wkb .item { display: block; }
.cpr .tm { color: #333; white-space: nowrap; }
.cpr .wkb th { width: 18%; text-align: left; }
/* 第6表 */
.cpr .t6 { font-size: 7pt; }
.cpr .t6 col.w-time { width: 11mm; } .cpr .t6 col.w-svc { width: 27mm; } .cpr .t6 col.w-off { width: 25mm; } .cpr .t6 col.w-pj { width: 7mm; }
.cpr .t6 col.w-tot { width: 7mm; } .cpr .t6 col.w-units { width: 9mm; } .cpr .t6 col.w-30 { width: 10mm; }
.cpr .t6 th, .cpr .t6 td { padding: .2mm .3mm; }
/* Day cells are bare <td>s (an empty day carries no class): centred by default, their weekend shade from the <col>. */
.cpr .t6 tbody td, .cpr .t6 th.dh, .cpr .t6 th.wd { text-align: center; padding: .2mm 0; }
.cpr .t6 tbody td.l { text-align: left; padding: .2mm .3mm; }
.cpr .t6 tbody td.num, .cpr .t6 tbody td.tot { text-align: right; padding: .2mm .3mm; }
.cpr .t6 td.pr { position: relative; }
.cpr .t6 .sat { background: #e8f0ff; } .cpr .t6 .sun { background: #ffe8e8; }
.cpr .t6 tr.ln-actual td, .cpr .t6 tr.ln-actual th { border-top: 0.15mm dashed #666; }
.cpr .t6 td.pr::after, .cpr .pr-key::after { content: ""; position: absolute; right: 0; top: 0; border-style: solid; border-width: 0 1.6mm 1.6mm 0; border-color: transparent #2a6 transparent transparent; }
.cpr .pr-key { display: inline-block; position: relative; width: 3mm; height: 3mm; border: 1px solid #999; vertical-align: middle; margin: 0 .5mm; }
.cpr .t6 td.tot { font-weight: bold; }
/* 第7表 */
.cpr .t7 { font-size: 7pt; }
.cpr .t7 th { font-size: 6.5pt; padding: .2mm; }
.cpr .t7 tbody td { text-align: right; font-variant-numeric: tabular-nums; }
.cpr .t7 tbody td.l { text-align: left; } .cpr .t7 tbody td.c { text-align: center; }
.cpr .t7 tr.sub td { background: #f1f3f6; font-weight: bold; }
.cpr .t7 tr.total td { background: #e4e8ee; font-weight: bold; border-top: 0.7mm double #000; }
.cpr .pair { display: flex; gap: 4mm; align-items: flex-start; }
.cpr .pair .lim { width: auto; min-width: 40%; table-layout: auto; }
.cpr .lim tr.total td { font-weight: bold; }
/* 介護予防 */
.cpr .yd col.w-dom { width: 16%; }
.cpr .yd td { height: 16mm; }
.cpr .chk td { text-align: center; }
.cpr .f.in { margin: 0; } .cpr .f.in th { width: 8%; }
.cpr .o30 { white-space: nowrap; font-size: 6pt; }
.cpr .o30 .cd { font-size: 6pt; padding: 0 .3mm; }
.cpr .f.two th { width: 24%; text-align: left; }
.cpr img.fam { min-width: 25mm; display: block; max-width: 120mm; max-height: 80mm; margin-top: 1mm; border: 1px solid #999; }
.cpr .sub1 col.w-time { width: 12%; }
/* Diff (renderDiffHtml): outlines, so that an issue's colour still shows under a change */
.cpr .dif-add { outline: 0.6mm solid #2a8a2a; outline-offset: -0.6mm; }
.cpr .dif-add:not(.iss) { background: #e1f6e1 !important; }
.cpr .dif-chg { outline: 0.6mm solid #1a5fd0; outline-offset: -0.6mm; }
.cpr .dif-chg:not(.iss) { background: #dfeaff !important; }
.cpr .dif-stamp { outline: 0.3mm dashed #1a5fd0; outline-offset: -0.5mm; }
.cpr span.dif { display: inline-block; padding: 0 1mm; margin: 0 .5mm; }
.cpr .dif-badge { font-size: 7pt; color: #fff; background: #1a5fd0; border-radius: .8mm; padding: 0 .8mm; }
.cpr .dif-summary p { margin: .5mm 0; }
.cpr .dif-list { width: 277mm; margin: 0 auto 3mm; border: 0.4mm solid #1a5fd0; background: #f3f7ff; padding: 1mm 2mm; font-size: 8pt; }
.cpr .dif-list .dl1 { font-weight: bold; margin-top: .5mm; } .cpr .dif-list .dl2 { padding-left: 4mm; } .cpr .dif-list .dl3 { padding-left: 8mm; color: #333; }
/* Document */
.cpr .toc ol { margin: 1mm 0; padding-left: 6mm; }
.cpr .toc li { margin: .3mm 0; }
.cpr .toc .tf { font-size: 8pt; } .cpr .toc .tf .sep { color: #999; margin: 0 1mm; }
.cpr .files td, .cpr .files th { font-size: 8pt; }
.cpr .ok { color: #075; }
@media screen {
  body.cpr { background: #e9ebee; margin: 0; padding: 6mm 0; }
}
@media print {
  body.cpr { background: #fff; margin: 0; }
  .cpr .doc-head, .cpr .form { width: auto; margin: 0; padding: 0; box-shadow: none; }
  .cpr .form { break-before: page; page-break-before: always; }
  .cpr .user-head { width: auto; margin: 0; break-before: page; page-break-before: always; break-after: avoid; page-break-after: avoid; }
  .cpr .user-head + .form, .cpr .dif-list + .form { break-before: avoid; page-break-before: avoid; }
  .cpr .dif-list { width: auto; margin: 0 0 2mm; }
  .cpr a { color: inherit; text-decoration: none; }
}
`;
