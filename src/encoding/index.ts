export {
  decodeCp932,
  encodeCp932,
  findUnrepresentable,
  isCp932Representable,
  cp932ByteLength,
  decoderImplementation,
  type DecodeOptions,
  type DecodeResult,
  type EncodeResult,
  type Unrepresentable,
} from './cp932.js';
export { normalizeLookalikes, substitutionIssues, type Substitution } from './normalize.js';
