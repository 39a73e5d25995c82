/**
 * A contact's search text summed up in 65 32-bit words, so that a query can pass over 30,000
 * contacts with a handful of integer tests each instead of a substring search:
 * - characters that occur: a-z and 0-9 each have their own bit, any other character shares one of
 *   28 bits by its code;
 * - the first characters of the name's words, the same way (name matches rank first);
 * - adjacent pairs of a-z and 0-9, each of the 1,296 with its own bit;
 * - any other adjacent pair, hashed into 128 bits, and every run of three characters, hashed into
 *   512 (Bloom filters: a bit can be shared, so they only rule out).
 * A text can only contain a query word if it has every bit of the word. For a word of one or two
 * letters or digits, having its bits is the same as containing it: no text is searched at all.
 * From three characters on, the triples leave few texts to search besides the true matches.
 */
const CHARS = 0;
const INITIALS = 2;
const HASHED_PAIRS = 4;
const TRIPLES = 8;
const EXACT_PAIRS = 24;
export const SIGNATURE_WORDS = EXACT_PAIRS + Math.ceil((36 * 36) / 32);

/** 0-35 for a-z and 0-9, else -1. */
function alnum(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 22;
  return -1;
}

/** 0-63: a-z and 0-9 exactly, anything else by its code. */
function charBit(code: number): number {
  const exact = alnum(code);
  return exact >= 0 ? exact : 36 + (code % 28);
}

const K1 = 0x9e3779b1;
const K2 = 0x85ebca77;
const K3 = 0xc2b2ae3d;
const isSpace = (code: number) => code === 32 || code === 10 || code === 9 || code === 13;

/** Sets `bit` of the field starting at signature word `field`, for contact `i` of `size`. */
function set(out: Int32Array, size: number, i: number, field: number, bit: number): void {
  out[(field + (bit >>> 5)) * size + i]! |= 1 << (bit & 31);
}

/**
 * Marks the characters, pairs and triples of `text` in the signature of contact `i` of `size`.
 * Word `w` of contact `i` is at `w * size + i`: column by column, so that a query testing a few
 * words reads a few runs of memory, not all 260 bytes of every contact.
 */
function markText(out: Int32Array, size: number, i: number, text: string): void {
  let before = -1;
  let previous = -1;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    set(out, size, i, CHARS, charBit(code));
    // A query word never holds white space, so runs across it could never be asked for.
    if (isSpace(code)) {
      before = previous = -1;
      continue;
    }
    if (previous >= 0) {
      const a = alnum(previous);
      const b = alnum(code);
      if (a >= 0 && b >= 0) set(out, size, i, EXACT_PAIRS, a * 36 + b);
      else set(out, size, i, HASHED_PAIRS, (Math.imul(previous, K1) + Math.imul(code, K2)) >>> 25);
      if (before >= 0) {
        const triple = Math.imul(before, K1) + Math.imul(previous, K2) + Math.imul(code, K3);
        set(out, size, i, TRIPLES, triple >>> 23);
      }
    }
    before = previous;
    previous = code;
  }
}

/**
 * Writes the signature of contact `i` of `size` (its folded text and name words) into `out`, which
 * holds `SIGNATURE_WORDS * size` words, zeroed.
 */
export function writeSignature(
  out: Int32Array,
  size: number,
  i: number,
  text: string,
  nameWords: readonly string[],
): void {
  markText(out, size, i, text);
  for (const word of nameWords) if (word) set(out, size, i, INITIALS, charBit(word.charCodeAt(0)));
}

/** Whether the bits alone decide that a text contains `word`: one or two letters or digits. */
export function bitsDecide(word: string): boolean {
  return word.length <= 2 && [...word].every((c) => alnum(c.charCodeAt(0)) >= 0);
}

/** The signature word and bit marking a name word that starts like `word`. */
export function initialBit(word: string): { word: number; bit: number } {
  const bit = charBit(word.charCodeAt(0));
  return { word: INITIALS + (bit >>> 5), bit: 1 << (bit & 31) };
}

/**
 * What a query asks of a signature, as (signature word, bits) pairs to test: the bits of every query word
 * together. A contact whose signature lacks one of them cannot match.
 */
export function queryChecks(words: readonly string[]): Int32Array {
  const mask = new Int32Array(SIGNATURE_WORDS);
  for (const word of words) markText(mask, 1, 0, word);
  const checks: number[] = [];
  mask.forEach((bits, w) => {
    if (bits !== 0) checks.push(w, bits);
  });
  return Int32Array.from(checks);
}
