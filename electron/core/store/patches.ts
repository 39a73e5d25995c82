/**
 * The journal's patches: immer's JSON patch format (`{ op: 'add' | 'replace' | 'remove', path,
 * value? }`), which immer's `applyPatches` reads too. We compute them ourselves, by comparing the
 * state before and after an update, because immer's own patches are very large for the edits a CRM
 * makes most: removing one contact from the middle of 30,000 with `splice` reassigns every later
 * index, so immer emits one `replace` (with the whole contact) per shifted element, a line of many
 * megabytes. Structural sharing makes the comparison cheap: unchanged subtrees are the same object,
 * so only changed paths are walked, and an array is compared by its common head and tail.
 *
 * This file has no imports on purpose: `applyJsonPatches` also runs in the compaction worker, which
 * is created from its source text (see compaction.ts).
 */

export type PatchPath = (string | number)[];
export interface JsonPatch {
  op: 'add' | 'replace' | 'remove';
  path: PatchPath;
  value?: unknown;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Appends to `out` the patches that turn `base` into `next`. Both are JSON data (no Maps, Dates). */
export function diffState(
  base: unknown,
  next: unknown,
  path: PatchPath = [],
  out: JsonPatch[] = [],
): JsonPatch[] {
  if (base === next) return out;
  if (Array.isArray(base) && Array.isArray(next)) {
    diffArray(base, next, path, out);
  } else if (isPlainObject(base) && isPlainObject(next)) {
    diffObject(base, next, path, out);
  } else {
    out.push({ op: 'replace', path, value: next });
  }
  return out;
}

function diffObject(
  base: Record<string, unknown>,
  next: Record<string, unknown>,
  path: PatchPath,
  out: JsonPatch[],
): void {
  for (const key of Object.keys(next)) {
    if (!Object.prototype.hasOwnProperty.call(base, key)) {
      if (next[key] !== undefined) out.push({ op: 'add', path: [...path, key], value: next[key] });
    } else if (next[key] === undefined) {
      // JSON has no undefined: a key set to undefined is gone once written.
      if (base[key] !== undefined) out.push({ op: 'remove', path: [...path, key] });
    } else {
      diffState(base[key], next[key], [...path, key], out);
    }
  }
  for (const key of Object.keys(base)) {
    if (!Object.prototype.hasOwnProperty.call(next, key) && base[key] !== undefined) {
      out.push({ op: 'remove', path: [...path, key] });
    }
  }
}

function diffArray(base: unknown[], next: unknown[], path: PatchPath, out: JsonPatch[]): void {
  const shortest = Math.min(base.length, next.length);
  let head = 0;
  while (head < shortest && base[head] === next[head]) head++;
  let tail = 0;
  while (tail < shortest - head && base[base.length - 1 - tail] === next[next.length - 1 - tail]) {
    tail++;
  }
  const removed = base.length - head - tail;
  const added = next.length - head - tail;
  if (removed === added) {
    // Same length: element by element (an edited contact becomes a patch of its changed fields).
    for (let i = head; i < head + added; i++) diffState(base[i], next[i], [...path, i], out);
    return;
  }
  // Different lengths: remove the old middle and insert the new one, unless that costs about as
  // much as writing the whole array (e.g. most of it was filtered out).
  if (removed + added >= next.length) {
    out.push({ op: 'replace', path, value: next });
    return;
  }
  for (let i = 0; i < removed; i++) out.push({ op: 'remove', path: [...path, head] });
  for (let i = 0; i < added; i++) {
    out.push({ op: 'add', path: [...path, head + i], value: next[head + i] });
  }
}

/**
 * Applies patches to a plain, mutable JSON document in place (as immer's applyPatches does to a
 * draft) and returns it. Used at start-up on freshly parsed data and by the compaction worker.
 * Self-contained: it must not refer to anything outside its own body.
 */
export function applyJsonPatches(doc: unknown, patches: readonly JsonPatch[]): unknown {
  for (const patch of patches) {
    const { op, path } = patch;
    if (path.length === 0) {
      if (op !== 'replace') throw new Error(`cannot ${op} the root`);
      doc = patch.value;
      continue;
    }
    let parent: unknown = doc;
    for (let i = 0; i < path.length - 1; i++) {
      const key = path[i]!;
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
        throw new Error('unsafe patch path');
      }
      parent = (parent as Record<string | number, unknown>)[key];
      if (typeof parent !== 'object' || parent === null) {
        throw new Error(`patch path not found: ${path.join('/')}`);
      }
    }
    const key = path[path.length - 1]!;
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
      throw new Error('unsafe patch path');
    }
    if (Array.isArray(parent)) {
      const index = key === '-' ? parent.length : Number(key);
      if (!Number.isInteger(index) || index < 0 || index > parent.length) {
        throw new Error(`patch index out of range: ${path.join('/')}`);
      }
      if (op === 'add') parent.splice(index, 0, patch.value);
      else if (op === 'remove') {
        if (index >= parent.length) throw new Error(`patch index out of range: ${path.join('/')}`);
        parent.splice(index, 1);
      } else if (op === 'replace') parent[index] = patch.value;
      else throw new Error(`unknown patch op ${String(op)}`);
    } else {
      const target = parent as Record<string, unknown>;
      if (op === 'add' || op === 'replace') target[key] = patch.value;
      else if (op === 'remove') delete target[key];
      else throw new Error(`unknown patch op ${String(op)}`);
    }
  }
  return doc;
}
