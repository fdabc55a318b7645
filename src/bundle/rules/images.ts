/**
 * 家族構成 images (UPKIHON No.62, 本文 3.3): each image named by a UPKIHON record is in the unit,
 * and each image of the unit is named by a record. Name and JPEG signature are checked per file.
 */
import type { RecordCollector } from '../../check/collector.js';
import type { RecordValues } from '../../spec/kind.js';
import { getKind } from '../../spec/kinds/index.js';
import type { BundleRule } from '../rule.js';

const IMAGE_FIELD = 'familyImageFileName';
const imageFieldNo = getKind('UPKIHON').fields.find((f) => f.key === IMAGE_FIELD)!.no;

/** The image names the UPKIHON records give, with where. */
class ImageNames implements RecordCollector {
  readonly named: { name: string; recordNo: number; line: number }[] = [];
  add(record: RecordValues, recordNo: number, line: number): void {
    const name = record[IMAGE_FIELD] ?? '';
    if (name !== '') this.named.push({ name: name.toUpperCase(), recordNo, line });
  }
}

export const familyImagesLinked: BundleRule = {
  id: 'familyImagesLinked',
  codes: ['BUNDLE_IMAGE_MISSING', 'BUNDLE_IMAGE_UNREFERENCED'],
  scope: 'transmission',
  collect: (kind) => (kind === 'UPKIHON' ? new ImageNames() : undefined),
  check(ctx, sink) {
    for (const files of ctx.groups.values()) {
      const kihonFile = files.find((f) => f.kind === 'UPKIHON');
      const kihon = kihonFile && ctx.collected<ImageNames>(this, kihonFile);
      const images = files.filter((f) => f.kind === 'UPKIHON_IMAGE');
      const imageNames = new Set(images.map((f) => f.name.toUpperCase()));
      for (const n of kihon?.named ?? [])
        if (!imageNames.has(n.name))
          sink.add('BUNDLE_IMAGE_MISSING', {
            file: kihonFile!.name,
            kind: 'UPKIHON',
            record: n.recordNo,
            line: n.line,
            fieldKey: IMAGE_FIELD,
            fieldNo: imageFieldNo,
          });
      const referenced = new Set(kihon?.named.map((n) => n.name));
      for (const img of images) if (!referenced.has(img.name.toUpperCase())) sink.add('BUNDLE_IMAGE_UNREFERENCED', { file: img.name });
    }
  },
};
