export { validateBundle, BUNDLE_RULES, groupIntoTransmissions } from './validate.js';
export { TRANSMISSION_UNITS, matchUnits, type TransmissionUnit, type UnitMember } from '../spec/units.js';
export { RELATIONS, type Relation } from './relations.js';
export type { BundleFile, BundleFileResult, BundleResult, ValidateBundleOptions, TransmissionUnitResult, NotReadReason } from './types.js';
export { deletionScope, DELETION_CASCADES, type DeletionKind, type DeletionScope } from './deletions.js';
