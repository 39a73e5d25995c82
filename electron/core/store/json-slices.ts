/**
 * A document's JSON text in slices: the pieces, joined, are exactly `JSON.stringify(doc)`, but
 * each is a few hundred kilobytes, so writing 50 MB of it can yield to the event loop between
 * pieces instead of blocking it for a second (see snapshot-write-back.ts).
 */

/** Roughly how much text one slice holds (about a millisecond of JSON.stringify). */
const SLICE_CHARS = 256 * 1024;
/**
 * How deep plain objects and arrays are opened: the data file's arrays are at the top, the sync
 * state's items one object down ({ contacts: { items: [...] } }). Below, values are written whole.
 */
const OPEN_DEPTH = 3;

const hasToJson = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { toJSON?: unknown }).toJSON === 'function';

/** Objects and arrays whose JSON is their own keys and elements (opened to cut between them). */
const opens = (value: unknown): value is object => {
  if (typeof value !== 'object' || value === null || hasToJson(value)) return false;
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * Slices of `JSON.stringify(doc)`: plain objects and arrays near the top are cut between their
 * keys and elements; anything deeper goes whole into a slice.
 */
export function* jsonSlices(doc: unknown, sliceChars = SLICE_CHARS): Generator<string> {
  const out = { slice: '' };
  if (!opens(doc)) {
    const whole = JSON.stringify(doc);
    if (whole !== undefined) yield whole;
    return;
  }
  yield* sliced(doc, OPEN_DEPTH, sliceChars, out);
  yield out.slice;
}

/** Appends `value`'s JSON to `out.slice`, handing out a slice whenever it is long enough. */
function* sliced(
  value: object,
  depth: number,
  sliceChars: number,
  out: { slice: string },
): Generator<string> {
  const isArray = Array.isArray(value);
  out.slice += isArray ? '[' : '{';
  let first = true;
  for (const [key, child] of isArray ? value.entries() : Object.entries(value)) {
    const head = `${first ? '' : ','}${isArray ? '' : `${JSON.stringify(key)}:`}`;
    if (depth > 1 && opens(child)) {
      out.slice += head;
      yield* sliced(child, depth - 1, sliceChars, out);
    } else {
      const text = JSON.stringify(child);
      // Like JSON.stringify: a key whose value has no JSON form (undefined, a function) is left
      // out, and an array element with none is written as null.
      if (text === undefined && !isArray) continue;
      out.slice += head + (text ?? 'null');
    }
    first = false;
    if (out.slice.length >= sliceChars) {
      yield out.slice;
      out.slice = '';
    }
  }
  out.slice += isArray ? ']' : '}';
}
