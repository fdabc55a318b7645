/** One field value as printed: masked, or as a date, time, code with its label, or text. */
import type { FieldSpec } from '../spec/fields.js';
import { formatDate, formatMonth, formatTime } from './calendar.js';
import { text } from './html.js';
import { mustMask } from '../report/mask.js';

export const MASK = '＊＊＊';
export const MASK_HTML = `<span class="msk">${MASK}</span>`;

export interface DisplayOptions {
  readonly showValues: boolean;
  readonly locale: 'ja' | 'en';
}

/** Personal fields, every free-text field and every value its field refuses are masked unless values are shown (report/mask.ts). */
export const isMasked = (field: FieldSpec | undefined, showValues: boolean, value?: string): boolean =>
  !showValues && (value === undefined ? field === undefined || field.personal || field.quoted || field.format === 'free' : mustMask(field, value));

/** The label of a code value, or undefined. */
export const codeLabel = (field: FieldSpec | undefined, value: string, locale: 'ja' | 'en'): string | undefined =>
  field?.codes && Object.prototype.hasOwnProperty.call(field.codes.codes, value) ? field.codes.codes[value]![locale] : undefined;

/**
 * The printed form of a value: empty stays empty; masked fields print ＊＊＊ (no length hint); dates
 * print in 和暦 (ISO in English), times as H:MM, codes as the code with its label next to it.
 * A value that does not parse prints as sent.
 */
export function displayValue(field: FieldSpec | undefined, value: string, o: DisplayOptions): string {
  if (value === '') return '';
  if (isMasked(field, o.showValues, value)) return MASK_HTML;
  // CSVバージョン is a version label in YYYYMM form, not a month.
  if (field?.key === 'csvVersion') return text(value);
  switch (field?.format) {
    case 'yyyymmdd': {
      const d = formatDate(value, o.locale);
      return d === null ? text(value) : `<span class="dt">${d}</span>`;
    }
    case 'yyyymm': {
      const d = formatMonth(value, o.locale);
      return d === null ? text(value) : `<span class="dt">${d}</span>`;
    }
    case 'hhmm':
      return formatTime(value) ?? text(value);
    case 'code': {
      const label = codeLabel(field, value, o.locale);
      return label === undefined ? text(value) : `<span class="cd">${text(value)}</span><span class="cl">${text(label)}</span>`;
    }
    default:
      return text(value);
  }
}
