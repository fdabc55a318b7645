/** `careplan-csv/zod`: a zod schema per file kind, and its JSON Schema. */
export { schemas, recordSchema, fieldSchema, jsonSchema } from './derive/zod.js';
