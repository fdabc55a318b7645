/**
 * 利用者基本情報 is sent with its 別表1 and 別表2, 介護予防サービス・支援計画書 with its 別表 (本文 3.3:
 * 「ただし、別表…を合わせて送付する」; (補足): 「…を原則とする」). 原則: a warning, never strict; an
 * appendix without rows cannot be sent at all (FILE_EMPTY).
 */
import type { FileKindId } from '../../filenames/grammar.js';
import type { BundleRule } from '../rule.js';

const APPENDICES: readonly { readonly parent: FileKindId; readonly appendix: FileKindId }[] = [
  { parent: 'UPKIHON', appendix: 'UPKIHON_SUB1' },
  { parent: 'UPKIHON', appendix: 'UPKIHON_SUB2' },
  { parent: 'UPYOBO', appendix: 'UPYOBO_SUB' },
];

export const appendicesSent: BundleRule = {
  id: 'appendicesSent',
  codes: ['BUNDLE_APPENDIX_MISSING'],
  scope: 'transmission',
  check({ groups }, sink) {
    for (const files of groups.values())
      for (const { parent, appendix } of APPENDICES) {
        const p = files.find((f) => f.kind === parent);
        if (p && !files.some((f) => f.kind === appendix)) sink.add('BUNDLE_APPENDIX_MISSING', { file: p.name }, { kind: appendix });
      }
  },
};
