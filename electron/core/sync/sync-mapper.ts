import type { CollectionKind } from './dav/dav-session';

/** A local record as sync sees it: its id, a name to show, and its fields in the mapper's terms. */
export interface LocalItem<F> {
  id: string;
  label: string;
  fields: F;
  /** False: not sent to the server unless it is there already (a blocked person). */
  newOnServer?: boolean;
}

export interface FieldConflict<F> {
  field: keyof F & string;
  /** The two values as a person reads them. */
  local: string;
  remote: string;
}

export interface Merged<F> {
  local: F;
  remote: F;
  conflicts: FieldConflict<F>[];
}

/** A change sync makes in Netwell; `apply` runs a batch of them in one store update. */
export type LocalChange<F> =
  | { kind: 'create'; fields: F; uid: string; href: string }
  /**
   * `from`: the fields sync read; if the record changed since (the user saved meanwhile), the
   * update is skipped and the next run merges it. null: apply whatever the record holds.
   */
  | { kind: 'update'; id: string; fields: F; from: F | null }
  | { kind: 'delete'; id: string }
  | { kind: 'restore'; id: string };

export interface AppliedChanges {
  /** The ids the creates got, by the href they came from. */
  created: Map<string, string>;
  /** Changes refused (a value Netwell cannot hold), by href or id, with the reason. */
  failed: { key: string; label: string; reason: string }[];
}

/**
 * What the sync engine needs of one kind of collection (contacts ↔ vCards, meetings and events ↔
 * VEVENTs). The engine is the same three-way sync for both; the mapper knows the formats and the
 * store.
 */
export interface SyncMapper<F> {
  kind: CollectionKind;
  extension: '.vcf' | '.ics';
  /** The UID a record's first item on the server gets (default: the record's id). */
  uidFor?(localId: string): string;
  /** Every local record that takes part in sync, now (read only: it may be shared). */
  locals(): ReadonlyMap<string, LocalItem<F>>;
  /** Records deleted in Netwell that "keep them" can bring back (the trash). */
  restorable(id: string): boolean;
  read(raw: string): F;
  uidOf(raw: string): string | null;
  /** raw null: a new item. Otherwise the same text with only changed fields rewritten. */
  write(raw: string | null, fields: F, uid: string): string;
  merge(base: F | null, local: F, remote: F): Merged<F>;
  equal(a: F, b: F): boolean;
  /** Fields with nothing in them: the base of a conflict that has no common past. */
  empty(): F;
  label(fields: F): string;
  fieldLabel(field: string): string;
  /** New server items that are people (or meetings) Netwell already has: href → local id. */
  match(
    incoming: { href: string; uid: string | null; fields: F }[],
    unlinked: LocalItem<F>[],
  ): Map<string, string>;
  apply(changes: LocalChange<F>[]): Promise<AppliedChanges>;
  /**
   * Items this run wrote to the server, with the text sent: a record may keep what the server now
   * holds of it (a meeting its UID and SEQUENCE, so an export later is the same calendar item).
   */
  written?(items: { localId: string; uid: string; text: string }[]): Promise<void>;
}
