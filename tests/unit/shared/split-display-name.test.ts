import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanNameColumns,
  namePartsAgree,
  partsAfterRename,
} from '../../../electron/shared/names/name-parts';
import { isKnownSuffix, splitDisplayName } from '../../../electron/shared/names/split-display-name';

const parts = (p: Partial<Record<string, string>>) => ({
  prefix: '',
  given: '',
  additional: '',
  family: '',
  suffix: '',
  ...p,
});

describe('splitDisplayName', () => {
  it.each([
    // The examples: none of these may end up with a wrong family name.
    ['Ana García López', parts({ given: 'Ana García López' }), false],
    ['Siobhán Ní Bhriain', parts({ given: 'Siobhán', family: 'Ní Bhriain' }), true],
    ['John Doe III', parts({ given: 'John', family: 'Doe', suffix: 'III' }), true],
    [
      'Priya Nayak, MSc, MBA, PHR',
      parts({ given: 'Priya', family: 'Nayak', suffix: 'MSc, MBA, PHR' }),
      true,
    ],
    ['Dmitri Volkov (he/him)', parts({ given: 'Dmitri', family: 'Volkov' }), true],
    [
      'Mr. John Q. Public, Esq.',
      parts({ prefix: 'Mr.', given: 'John', additional: 'Q.', family: 'Public', suffix: 'Esq.' }),
      true,
    ],
    // Generations and degrees, with and without commas.
    ['Martin Luther King Jr.', parts({ given: 'Martin Luther King', suffix: 'Jr.' }), false],
    ['Sammy Davis, Jr.', parts({ given: 'Sammy', family: 'Davis', suffix: 'Jr.' }), true],
    ['Jane Roe PhD', parts({ given: 'Jane', family: 'Roe', suffix: 'PhD' }), true],
    [
      'Ines Ohta, CSCP, SHRM-CP',
      parts({ given: 'Ines', family: 'Ohta', suffix: 'CSCP, SHRM-CP' }),
      true,
    ],
    // Honorifics.
    ['Dr. Jane Smith', parts({ prefix: 'Dr.', given: 'Jane', family: 'Smith' }), true],
    ['Prof. Dr. Anna Weber', parts({ prefix: 'Prof. Dr.', given: 'Anna', family: 'Weber' }), true],
    // Particles start the family name.
    ['Ludwig van Beethoven', parts({ given: 'Ludwig', family: 'van Beethoven' }), true],
    ['Maria Teresa de la Cruz', parts({ given: 'Maria Teresa', family: 'de la Cruz' }), true],
    ['Ursula von der Leyen', parts({ given: 'Ursula', family: 'von der Leyen' }), true],
    ['Luiz Inácio da Silva', parts({ given: 'Luiz Inácio', family: 'da Silva' }), true],
    ['Anwar bin Ibrahim', parts({ given: 'Anwar', family: 'bin Ibrahim' }), true],
    ['Seán Mac Giolla', parts({ given: 'Seán', family: 'Mac Giolla' }), true],
    ['Nuala Ó Faoláin', parts({ given: 'Nuala', family: 'Ó Faoláin' }), true],
    ['José Ortega y Gasset', parts({ given: 'José', family: 'Ortega y Gasset' }), true],
    // A capitalised "De" or "Van" may be a particle or a middle name: not split.
    ['Robert De Niro', parts({ given: 'Robert De Niro' }), false],
    ['Nguyen Van Minh', parts({ given: 'Nguyen Van Minh' }), false],
    // Korean, Chinese, Japanese.
    ['김민준', parts({ given: '김민준' }), false],
    ['김 민준', parts({ given: '민준', family: '김' }), true],
    ['王小明', parts({ given: '王小明' }), false],
    ['Kim Min-jun', parts({ given: 'Min-jun', family: 'Kim' }), true],
    ['Li Wei', parts({ given: 'Li Wei' }), false],
    // Single names and two plain words.
    ['Prince', parts({ given: 'Prince' }), true],
    ['Madonna (she/her)', parts({ given: 'Madonna' }), true],
    ['Ana Lima', parts({ given: 'Ana', family: 'Lima' }), true],
    ['Jean-Luc Picard', parts({ given: 'Jean-Luc', family: 'Picard' }), true],
    ['Ana García-López', parts({ given: 'Ana', family: 'García-López' }), true],
    // "Family, Given" as Outlook files people.
    ['Doe, John', parts({ given: 'John', family: 'Doe' }), true],
    // Three or more plain words: a middle name or a second surname, nobody can tell.
    ['Mary Ann Smith', parts({ given: 'Mary Ann Smith' }), false],
    ['John F. X. Doe', parts({ given: 'John', additional: 'F. X.', family: 'Doe' }), true],
    // Emoji and stray separators.
    ['Ana Lima 🚀', parts({ given: 'Ana', family: 'Lima' }), true],
    ['  ', parts({ given: '' }), false],
  ])('%s', (name, expected, confident) => {
    expect(splitDisplayName(name)).toEqual({ parts: expected, confident });
  });

  it('never names a credential, pronoun, suffix or particle as the family name', () => {
    const notSurnames = /^(?:PHR|MBA|III|Jr\.?|\(he\/him\)|Bhriain|López|Esq\.?|PhD)$/;
    for (const name of [
      'Ana García López',
      'Siobhán Ní Bhriain',
      'John Doe III',
      'Priya Nayak, MSc, MBA, PHR',
      'Dmitri Volkov (he/him)',
      'Mr. John Q. Public, Esq.',
      'Jane Roe PhD',
    ]) {
      expect(splitDisplayName(name).parts.family).not.toMatch(notSurnames);
    }
  });
});

describe('cleanNameColumns', () => {
  it('moves credentials and generations out of a last-name column and drops pronouns', () => {
    expect(cleanNameColumns({ given: 'Priya', family: 'Nayak, MSc, MBA, PHR' })).toEqual(
      parts({ given: 'Priya', family: 'Nayak', suffix: 'MSc, MBA, PHR' }),
    );
    expect(cleanNameColumns({ given: 'Dmitri (he/him)', family: 'Volkov' })).toEqual(
      parts({ given: 'Dmitri', family: 'Volkov' }),
    );
    expect(cleanNameColumns({ given: 'John', family: 'Doe III' })).toEqual(
      parts({ given: 'John', family: 'Doe', suffix: 'III' }),
    );
    expect(cleanNameColumns({ given: 'Ana', family: 'García López' })).toEqual(
      parts({ given: 'Ana', family: 'García López' }),
    );
    expect(cleanNameColumns({ given: ' ', family: '' })).toBeNull();
  });
});

describe('namePartsAgree and renames', () => {
  const john = parts({ prefix: 'Mr.', given: 'John', additional: 'Quinlan', family: 'Public' });
  it('accepts the display name a source wrote next to its parts', () => {
    expect(namePartsAgree('Mr. John Q. Public, Esq.', john)).toBe(true);
    expect(namePartsAgree('John Public', john)).toBe(true);
    expect(namePartsAgree('john public', john)).toBe(true);
  });
  it('drops parts that no longer describe the name after a rename', () => {
    expect(partsAfterRename('John Publicker', john)).toBeNull();
    expect(partsAfterRename('Jon Public', john)).toBeNull();
    expect(partsAfterRename('Dr. John Public', john)).toBe(john);
    expect(partsAfterRename('Anyone', null)).toBeNull();
  });
});

describe('splitDisplayName on any name', () => {
  const WORDS = [
    'Ana',
    'García',
    'López',
    'Ní',
    'van',
    'De',
    'Jr.',
    'III',
    'PhD',
    'MBA',
    'Dr.',
    'Mr.',
    '(he/him)',
    'Q.',
    '김',
    '민준',
    'Kim',
    '🚀',
    ',',
    'O’Brien',
  ];
  const names = fc.oneof(
    fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((w) => w.join(' ')),
    fc.string({ maxLength: 40 }),
  );

  it('never throws, and names a family only from words of the name, never a suffix', () => {
    fc.assert(
      fc.property(names, (name) => {
        const { parts, confident } = splitDisplayName(name);
        if (!confident) expect(parts.family).toBe('');
        const family = parts.family.split(' ').filter(Boolean);
        for (const word of family) expect(name).toContain(word);
        if (family.length > 0) {
          expect(isKnownSuffix(family.at(-1)!)).toBe(false);
          expect(parts.family).not.toMatch(/[()]/);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
