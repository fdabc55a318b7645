/**
 * 家族構成 images (UPKIHON No.62, 本文 3.3): each image named by a UPKIHON record is in the unit,
 * and each image of the unit is named by a record. Name and JPEG signature are checked per file.
 */
import type { BundleRule } from '../rule.js';

export const familyImagesLinked: BundleRule = {
  id: 'familyImagesLinked',
  codes: ['BUNDLE_IMAGE_MISSING', 'BUNDLE_IMAGE_UNREFERENCED'],
  scope: 'transmission',
  check({ groups }, sink) {
    for (const files of groups.values()) {
      const kihon = files.find((f) => f.kind === 'UPKIHON')?.parsed;
      const images = files.filter((f) => f.kind === 'UPKIHON_IMAGE');
      const referenced = new Set<string>();
      if (kihon && kihon.kind === 'UPKIHON') {
        const imageNames = new Set(images.map((f) => f.name.toUpperCase()));
        kihon.records.forEach((r, i) => {
          const name = r.familyImageFileName ?? '';
          if (name === '') return;
          referenced.add(name.toUpperCase());
          if (!imageNames.has(name.toUpperCase()))
            sink.add('BUNDLE_IMAGE_MISSING', { file: kihon.name, kind: 'UPKIHON', record: i + 1, line: kihon.lines[i], fieldKey: 'familyImageFileName', fieldNo: 62 });
        });
      }
      for (const img of images) if (!referenced.has(img.name.toUpperCase())) sink.add('BUNDLE_IMAGE_UNREFERENCED', { file: img.name });
    }
  },
};
