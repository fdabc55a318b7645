/** Grouping files into transmissions: by ファイル連番 (timestamp), sender and receiver. */
import { checkArray, describeValue } from '../core/refuse.js';
import { parseFilename, type ParsedFilename } from '../filenames/parse.js';

export interface TransmissionGroup<T extends { name: string }> {
  /** `timestamp sender→receiver`, or '' for files whose name does not parse. */
  readonly key: string;
  readonly timestamp?: string | undefined;
  readonly files: T[];
}

const partyKey = (p: ParsedFilename) =>
  p.timestamp ? `${p.timestamp} ${p.senderOffice}-${p.senderServiceType ?? ''}→${p.receiverOffice}-${p.receiverServiceType ?? ''}` : '';

/**
 * Splits files (e.g. a directory) into transmissions by (timestamp, sender, receiver), in
 * ascending ファイル連番 order — the order receivers process them (本文 2.5/3.5).
 * Files whose name cannot be parsed form one group with key ''.
 *
 * @example
 * ```ts
 * import { groupIntoTransmissions, validateBundle } from 'careplan-csv';
 *
 * declare const inbox: { name: string; bytes: Uint8Array }[]; // many sends in one folder
 * for (const g of groupIntoTransmissions(inbox)) console.log(g.key, validateBundle(g.files).ok);
 * ```
 */
export function groupIntoTransmissions<T extends { name: string; filename?: ParsedFilename | undefined }>(files: readonly T[]): TransmissionGroup<T>[] {
  checkArray('groupIntoTransmissions', 'files', files);
  files.forEach((f, i) => {
    if (typeof f !== 'object' || f === null || typeof f.name !== 'string')
      throw new TypeError(`groupIntoTransmissions: files[${i}] must be an object with a name (got ${describeValue(f)})`);
  });
  const groups = new Map<string, TransmissionGroup<T>>();
  for (const f of files) {
    // A name the caller parsed already is not parsed again.
    const p = f.filename ?? parseFilename(f.name);
    const key = partyKey(p);
    let g = groups.get(key);
    if (!g) {
      g = { key, timestamp: p.timestamp, files: [] };
      groups.set(key, g);
    }
    g.files.push(f);
  }
  return [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
