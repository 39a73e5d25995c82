import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../../electron/shared/text';

/** The definition, without the shortcut for plain ASCII. */
const slowFold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

describe('fold', () => {
  it('strips accents and case', () => {
    expect(fold('María ZOË')).toBe('maria zoe');
    expect(fold('Ben^Okafor`')).toBe('benokafor');
  });

  it('gives what full normalisation gives, plain ASCII or not', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (text) => {
        expect(fold(text)).toBe(slowFold(text));
      }),
      { numRuns: 2000 },
    );
  });
});
