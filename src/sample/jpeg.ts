/**
 * A tiny valid baseline JPEG (1×1 pixel, greyscale, mid grey) for UPKIHON_IMAGE samples.
 * Built from its segments: one quantisation table, one-code Huffman tables (DC category 0, AC
 * end-of-block) and a one-byte scan, so any JPEG decoder reads it. A COM segment carries a label,
 * which lets each image of a transmission differ.
 */
const SOI = [0xff, 0xd8];
const EOI = [0xff, 0xd9];

const segment = (marker: number, body: readonly number[]): number[] => {
  const length = body.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...body];
};

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0) & 0x7f);

export function tinyJpeg(label = 'careplan-csv sample'): Uint8Array {
  const app0 = segment(0xe0, [...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  const com = segment(0xfe, ascii(label.slice(0, 200)));
  const dqt = segment(0xdb, [0x00, ...new Array<number>(64).fill(1)]);
  // SOF0: 8-bit, height 1, width 1, one component (id 1, sampling 1×1, table 0).
  const sof0 = segment(0xc0, [8, 0, 1, 0, 1, 1, 1, 0x11, 0]);
  const oneCode = [1, ...new Array<number>(15).fill(0), 0x00];
  const dhtDc = segment(0xc4, [0x00, ...oneCode]);
  const dhtAc = segment(0xc4, [0x10, ...oneCode]);
  // SOS: one component, DC/AC tables 0, spectral 0–63, no approximation.
  const sos = segment(0xda, [1, 1, 0x00, 0, 63, 0]);
  // Scan: DC diff category 0 = '0', AC EOB = '0', padded with 1 bits.
  const scan = [0x3f];
  return Uint8Array.from([...SOI, ...app0, ...com, ...dqt, ...sof0, ...dhtDc, ...dhtAc, ...sos, ...scan, ...EOI]);
}
