import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SIGNATURE_WORDS,
  bitsDecide,
  queryChecks,
  writeSignature,
} from '../../../electron/shared/search/search-signature';

/** Whether the signature of `text` has every bit `word` asks for. */
function passes(text: string, word: string): boolean {
  const signature = new Int32Array(SIGNATURE_WORDS);
  writeSignature(signature, 1, 0, text, []);
  const checks = queryChecks([word]);
  for (let c = 0; c < checks.length; c += 2) {
    if ((signature[checks[c]!]! & checks[c + 1]!) !== checks[c + 1]!) return false;
  }
  return true;
}

const letters = fc.constantFrom(...'abcdeklmnoxz019 -ø\nß@.é');
const text = fc.array(letters, { maxLength: 40 }).map((chars) => chars.join(''));
const word = fc
  .array(letters, { minLength: 1, maxLength: 4 })
  .map((chars) => chars.join('').replace(/\s/g, ''))
  .filter(Boolean);

describe('search signatures', () => {
  it('never rule out a text that holds the word', () => {
    fc.assert(
      fc.property(text, word, (t, w) => {
        if (t.includes(w)) expect(passes(t, w)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('decide alone for one or two letters or digits: passing is containing', () => {
    fc.assert(
      fc.property(text, word, (t, w) => {
        if (bitsDecide(w)) expect(passes(t, w)).toBe(t.includes(w));
      }),
      { numRuns: 3000 },
    );
  });

  it('leave longer or other words to the text search', () => {
    expect(bitsDecide('ab')).toBe(true);
    expect(bitsDecide('9')).toBe(true);
    expect(bitsDecide('abc')).toBe(false);
    expect(bitsDecide('ø')).toBe(false);
    expect(bitsDecide('a@')).toBe(false);
  });

  it('rule out most texts that lack a longer word', () => {
    expect(passes('ana lima\nacme\ndesigner', 'lim')).toBe(true);
    expect(passes('ana lima\nacme\ndesigner', 'lmi')).toBe(false);
    expect(passes('ana lima', 'al')).toBe(false); // "a l" spans a space: no pair
  });
});
