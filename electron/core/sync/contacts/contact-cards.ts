/**
 * The vCard side of contact sync (issue #16): pure functions of a card's text and Netwell's
 * fields, no network and no store. The sync engine reads a server's card with readCardFields,
 * merges three ways with mergeCardFields, and writes back with patchCard, which rewrites only
 * the lines of fields that changed.
 */
export type { CardFieldName, CardFields } from './card-fields';
export {
  CARD_FIELD_LABELS,
  cardFieldsEqual,
  contactCardFields,
  emptyCardFields,
} from './card-fields';
export { CardError } from './card-lines';
export { cardUid, cardVersion, readCardFields } from './card-read';
export type { FieldConflict } from './card-merge';
export { mergeCardFields } from './card-merge';
export type { PatchOptions } from './card-patch';
export { patchCard } from './card-patch';
