/** Values no well-behaved page sends: each goes in as a whole input and in place of each field. */

/** `[[[…]]]` or `{"a":{"a":…}}`, `depth` levels deep, as message text (no recursion to build). */
export const deepArrayText = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
export const deepObjectText = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** Objects whose own keys are __proto__ / constructor (JSON.parse makes own properties). */
export const pollutingObjects = (): unknown[] => [
  JSON.parse('{"__proto__": {"polluted": true, "isAdmin": true}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  JSON.parse('{"__proto__": null, "toString": 1, "hasOwnProperty": 2}'),
];

/** Strings a name or note should refuse or clean. */
export const hostileStrings = [
  '',
  ' ',
  '\u0000',
  'Ann\u0000Lee',
  '\u202Eevil.exe\u202C',
  'Ann \u202ELee',
  '\u200B\u200B\u200B',
  '\u200D\uFEFF\u2060',
  'line one\nline two\r\n',
  '\uD800',
  'a\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '0000-01-01T00:00:00.000Z',
  '9999-12-31T23:59:59.999Z',
  '0000-01-01',
  '9999-12-31',
  '+275760-09-13T00:00:00.000Z',
  'NaN',
];

export function hostileValues(quick: boolean): unknown[] {
  return [
    'x'.repeat(quick ? 200_000 : 2_000_000),
    ...hostileStrings,
    0,
    -1,
    -0,
    1.5,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    true,
    null,
    [],
    {},
    [null],
    Array.from({ length: quick ? 1000 : 100_000 }, (_, i) => i),
    ...pollutingObjects(),
  ];
}

/** Whole-message texts with deep nesting (JSON.stringify would overflow building them). */
export function deepInputs(quick: boolean): string[] {
  const depth = quick ? 2000 : 100_000;
  return [deepArrayText(depth), deepObjectText(depth)];
}
