/**
 * A document's JSON text in slices: the pieces, joined, are exactly `JSON.stringify(doc)`, but
 * each is a few hundred kilobytes, so writing 50 MB of it can yield to the event loop between
 * pieces instead of blocking it for a second (see snapshot-write-back.ts).
 */

/** Roughly how much text one slice holds (about a millisecond of JSON.stringify). */
const SLICE_CHARS = 256 * 1024;

const hasToJson = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { toJSON?: unknown }).toJSON === 'function';

/**
 * Slices of `JSON.stringify(doc)`: a plain top-level object is cut between its keys, and its
 * arrays between their elements; anything else is one slice.
 */
export function* jsonSlices(doc: unknown, sliceChars = SLICE_CHARS): Generator<string> {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || hasToJson(doc)) {
    const whole = JSON.stringify(doc);
    if (whole !== undefined) yield whole;
    return;
  }
  let slice = '{';
  let first = true;
  for (const [key, value] of Object.entries(doc)) {
    const head = `${first ? '' : ','}${JSON.stringify(key)}:`;
    if (!Array.isArray(value) || hasToJson(value)) {
      const text = JSON.stringify(value);
      // Like JSON.stringify: a key whose value has no JSON form (undefined, a function) is left out.
      if (text === undefined) continue;
      slice += head + text;
    } else {
      slice += `${head}[`;
      for (let i = 0; i < value.length; i++) {
        // An element with no JSON form is written as null, as JSON.stringify does.
        slice += `${i === 0 ? '' : ','}${JSON.stringify(value[i]) ?? 'null'}`;
        if (slice.length >= sliceChars) {
          yield slice;
          slice = '';
        }
      }
      slice += ']';
    }
    first = false;
    if (slice.length >= sliceChars) {
      yield slice;
      slice = '';
    }
  }
  yield `${slice}}`;
}
