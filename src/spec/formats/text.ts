/** Text-like formats: フリーテキスト, unquoted text, code lists, 日割対象日, 使用しない. */
import { defineFormat } from '../format.js';

export const free = defineFormat({
  id: 'free',
  label: { ja: 'フリーテキスト（常に""で囲む）', en: 'free text (always quoted)' },
  fixedWidth: false,
  check: () => null,
  jsonSchema: () => ({}),
  sample: (r, f) => r.text(1, f.length ?? 24, true),
});

/** A field whose 書式 the spec leaves blank: a length check only, written unquoted. */
export const text = defineFormat({
  id: 'text',
  label: { ja: 'テキスト（書式の定めなし）', en: 'text (no format stated)' },
  fixedWidth: false,
  check: () => null,
  jsonSchema: () => ({}),
  // No delimiter, quote or line break: the canonical writer would have to quote it.
  sample: (r, f) => r.text(1, f.length ?? 16, false),
});

export const notUsed = defineFormat({
  id: 'notUsed',
  label: { ja: '※使用しない（空）', en: 'not used (empty)' },
  fixedWidth: false,
  check: () => null,
  // A value is only a warning (FIELD_NOT_USED_NOT_EMPTY): the schema does not refuse it.
  jsonSchema: () => ({}),
  sample: () => '',
});

const codesOf = (f: { codes?: { codes: Readonly<Record<string, unknown>> } }) => Object.keys(f.codes?.codes ?? {});

export const code = defineFormat({
  id: 'code',
  label: { ja: 'コード', en: 'code' },
  fixedWidth: false,
  check: (v, f) =>
    f.codes && Object.prototype.hasOwnProperty.call(f.codes.codes, v) ? null : { code: 'FIELD_UNKNOWN_CODE', params: { list: f.codes?.id ?? '' } },
  jsonSchema: (f) => ({ enum: codesOf(f) }),
  sample: (r, f) => r.pick(codesOf(f)),
});

/** 日割対象日: 31 characters of 0 and 1. */
export const dayFlags31 = defineFormat({
  id: 'dayFlags31',
  label: { ja: '31桁の0/1', en: '31 × 0/1' },
  fixedWidth: true,
  check: (v) => {
    if (v.length !== 31) return { code: 'FIELD_INVALID_DAY_FLAGS' };
    for (let i = 0; i < 31; i++) {
      const c = v.charCodeAt(i);
      if (c !== 48 && c !== 49) return { code: 'FIELD_INVALID_DAY_FLAGS' };
    }
    return null;
  },
  jsonSchema: () => ({ pattern: '^[01]{31}$' }),
  sample: (r) => Array.from({ length: 31 }, () => String(r.int(0, 1))).join(''),
});
