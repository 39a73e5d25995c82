/**
 * Fields of a contact where a merge picks one side (lists are always joined). Apart from the
 * contract, so the merge dialog reads them without loading every schema.
 */
export const MERGE_PICKED_FIELDS = [
  'name',
  'company',
  'role',
  'howWeMet',
  'notes',
  'city',
  'keepInTouch',
  'metInPerson',
] as const;
