import { useState } from 'react';
import { useLeaveGuard } from './leaveGuard';
import {
  dirtyPaths,
  editForm,
  keepEdits,
  saved,
  startForm,
  storedChanged,
  takeSaved,
  type ChangedElsewhere,
  type FieldCodec,
} from './storedForm';

export interface StoredForm<F> {
  draft: F;
  /** Changes the draft (a value, or a function of the current draft). */
  edit: (next: F | ((draft: F) => F)) => void;
  dirty: boolean;
  /** What changed elsewhere while the form had edits; null when there is nothing to tell. */
  elsewhere: ChangedElsewhere | null;
  keepEdits: () => void;
  takeSaved: () => void;
  /** After our own save: the form shows what the store answered, clean. */
  saved: (stored: F) => void;
  /** The edits were saved or dropped on purpose: moving on now asks nothing. */
  release: () => void;
}

/**
 * A form that shows `stored` (already in the form's shape; memoise it on the stored value) and
 * follows it as it changes, without ever dropping the user's edits: see `storedForm.ts`. While the
 * form has edits, leaving the page asks first.
 */
export function useStoredForm<F>(stored: F, codec: FieldCodec<F>): StoredForm<F> {
  const [state, setState] = useState(() => startForm(stored));
  // A new stored value is taken in while rendering (React's "adjust state on a prop change").
  const [seen, setSeen] = useState(stored);
  if (seen !== stored) {
    setSeen(stored);
    setState((current) => storedChanged(current, stored, codec));
  }
  const dirty = dirtyPaths(state, codec).length > 0;
  const release = useLeaveGuard(dirty);
  return {
    draft: state.draft,
    edit: (next) =>
      setState((current) =>
        editForm(
          current,
          typeof next === 'function' ? (next as (draft: F) => F)(current.draft) : next,
        ),
      ),
    dirty,
    elsewhere: state.elsewhere,
    keepEdits: () => setState(keepEdits),
    takeSaved: () => setState(takeSaved),
    saved: (value) => {
      release();
      setState(saved(value));
    },
    release,
  };
}
