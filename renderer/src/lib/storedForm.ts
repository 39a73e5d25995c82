/**
 * The draft of a form that shows stored data, and what happens when the stored data changes
 * elsewhere (the tray, Insights, another window) while the form is open. Pure: `useStoredForm`
 * holds it in React state.
 *
 * A form is compared field by field through its `FieldCodec`: a flat record of paths ("closingMin",
 * "window:w-1:end") to plain values. A field is dirty when the draft differs from the stored value
 * the form last took in (`base`). On an outside change:
 * - a clean form takes the new stored value;
 * - a form with edits keeps the edited fields and takes the new stored value of every other
 *   field, so saving it later never puts back what was changed elsewhere; a notice names the
 *   fields changed elsewhere until the user keeps their edits or takes the saved version.
 */

/** Path → plain value (strings, numbers, booleans, arrays of them); a missing path is absent. */
export type Fields = Record<string, unknown>;

export interface FieldCodec<F> {
  toFields(form: F): Fields;
  /** The form holding `fields`; `like` is the draft they were merged from (for order, keys). */
  fromFields(fields: Fields, like: F): F;
}

/** Forms whose state is already a flat record of plain values. */
export function flatCodec<F extends Fields>(): FieldCodec<F> {
  return { toFields: (form) => form, fromFields: (fields) => fields as F };
}

export interface ChangedElsewhere {
  /** Paths whose stored value changed while the form had edits. */
  paths: string[];
  /** Of those, the ones the user had edited too (their edit is what the form shows). */
  conflicts: string[];
}

export interface StoredFormState<F> {
  /** The form as the stored value the draft is compared with (the last one taken in). */
  base: F;
  draft: F;
  /** Set when an outside change met unsaved edits, until the user chooses. */
  elsewhere: ChangedElsewhere | null;
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Paths whose values differ between two field records (absent counts as a value). */
export function changedPaths(a: Fields, b: Fields): string[] {
  const paths = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...paths].filter((path) => !same(a[path], b[path]));
}

/** Each field the user edited (draft ≠ base) as edited; every other field as `next` has it. */
export function mergeUntouched(base: Fields, draft: Fields, next: Fields): Fields {
  const edited = new Set(changedPaths(base, draft));
  const merged: Fields = {};
  for (const path of new Set([...Object.keys(draft), ...Object.keys(next)])) {
    const value = edited.has(path) ? draft[path] : next[path];
    if (value !== undefined) merged[path] = value;
  }
  return merged;
}

export function startForm<F>(stored: F): StoredFormState<F> {
  return { base: stored, draft: stored, elsewhere: null };
}

/** The user changed the draft. */
export function editForm<F>(state: StoredFormState<F>, draft: F): StoredFormState<F> {
  return { ...state, draft };
}

export function dirtyPaths<F>(state: StoredFormState<F>, codec: FieldCodec<F>): string[] {
  return changedPaths(codec.toFields(state.base), codec.toFields(state.draft));
}

/** The stored value changed (an event from the store, or the answer to our own save). */
export function storedChanged<F>(
  state: StoredFormState<F>,
  next: F,
  codec: FieldCodec<F>,
): StoredFormState<F> {
  const base = codec.toFields(state.base);
  const incoming = codec.toFields(next);
  const changed = changedPaths(base, incoming);
  if (changed.length === 0) return state;
  const draft = codec.toFields(state.draft);
  const edited = changedPaths(base, draft);
  // A clean form follows (keeping its own keys for lists, so nothing on screen is rebuilt).
  if (edited.length === 0)
    return { base: next, draft: codec.fromFields(incoming, state.draft), elsewhere: null };
  const merged = mergeUntouched(base, draft, incoming);
  // The change elsewhere may be our own edits arriving (saved from here): nothing left to tell.
  if (changedPaths(merged, incoming).length === 0)
    return { base: next, draft: next, elsewhere: null };
  const editedSet = new Set(edited);
  const paths = [...new Set([...(state.elsewhere?.paths ?? []), ...changed])];
  return {
    base: next,
    draft: codec.fromFields(merged, state.draft),
    elsewhere: { paths, conflicts: paths.filter((path) => editedSet.has(path)) },
  };
}

/** "Keep my edits": the notice goes; the draft (edits plus the new stored values) stays. */
export function keepEdits<F>(state: StoredFormState<F>): StoredFormState<F> {
  return { ...state, elsewhere: null };
}

/** "Use the saved version": the edits go, the form shows what is stored. */
export function takeSaved<F>(state: StoredFormState<F>): StoredFormState<F> {
  return { base: state.base, draft: state.base, elsewhere: null };
}

/** Our own save succeeded: the form shows what was stored. */
export function saved<F>(stored: F): StoredFormState<F> {
  return startForm(stored);
}
