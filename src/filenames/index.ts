export {
  FILENAME_GRAMMARS,
  FILENAME_SEGMENTS,
  FILE_KIND_IDS,
  describePattern,
  type FileKindId,
  type FilenameConvention,
  type FilenameGrammar,
  type FilenameParts,
  type SegmentSpec,
  type SegmentToken,
} from './grammar.js';
export { parseFilename, FILENAME_MAX_LENGTH, type ParsedFilename } from './parse.js';
export { buildFilename, type BuildFilenameOptions } from './build.js';
