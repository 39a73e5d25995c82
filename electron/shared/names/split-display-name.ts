import type { NameParts } from '../crm/contact-crm-fields';
import { fold } from '../text';

/**
 * Splitting a display name ("Dr. Ana García López") into vCard `N` parts, for contacts whose
 * source gave no parts. The rule: a family name is named only when the name says which words it
 * is. Honorifics, credentials, generational suffixes and pronouns are never surnames; a particle
 * (van, de, Ní, bin…) starts the family name; two words are given + family; a middle initial
 * ("John Q. Public") is an additional name. Anything else (three plain words, which may be
 * "Ana García López" or "Mary Ann Smith"; a name in Han or Hangul written without spaces) keeps
 * all its words in `given` with an empty family: an address book then shows it whole, which is
 * never wrong, where a guess would be half the time.
 */

export interface SplitName {
  parts: NameParts;
  /** True when the family name (or its absence, for a single name) is known, not guessed. */
  confident: boolean;
}

const emptyParts = (): NameParts => ({
  prefix: '',
  given: '',
  additional: '',
  family: '',
  suffix: '',
});

const key = (word: string) => fold(word).replace(/\.$/, '').replace(/\./g, '');

/** Honorifics in front of a name, compared without dots and case. */
const PREFIXES = new Set(
  [
    'mr',
    'mrs',
    'ms',
    'miss',
    'mx',
    'dr',
    'prof',
    'sir',
    'dame',
    'lord',
    'lady',
    'rev',
    'revd',
    'fr',
    'hon',
    'herr',
    'frau',
    'mme',
    'mlle',
    'sra',
    'srta',
    'dott',
    'dottssa',
    'ing',
    'mag',
  ].map(key),
);

/** Generational suffixes: "John Doe III", "Martin Luther King Jr.". */
const GENERATIONS = new Set([
  'jr',
  'sr',
  'ii',
  'iii',
  'iv',
  'vi',
  'vii',
  'viii',
  'ix',
  '2nd',
  '3rd',
]);

/** Degrees, licences and honours written after a name. */
const CREDENTIALS = new Set(
  [
    'esq',
    'phd',
    'md',
    'do',
    'dds',
    'dmd',
    'jd',
    'llb',
    'llm',
    'mba',
    'msc',
    'bsc',
    'ba',
    'ma',
    'bs',
    'ms',
    'mphil',
    'dphil',
    'edd',
    'mph',
    'rn',
    'np',
    'pe',
    'cpa',
    'cfa',
    'pmp',
    'phr',
    'sphr',
    'cissp',
    'obe',
    'mbe',
    'cbe',
    'kbe',
    'frcs',
    'facs',
    'ceng',
  ].map(key),
);

/** Lower-case particles that open a family name: "Ludwig van Beethoven", "Maria de la Cruz". */
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'da',
  'di',
  'del',
  'della',
  'der',
  'den',
  'des',
  'du',
  'la',
  'le',
  'lo',
  'dos',
  'das',
  'do',
  'ter',
  'ten',
  'zu',
  'af',
  'av',
  'bin',
  'binti',
  'bint',
  'ibn',
  'al',
  'ben',
  'bat',
  "d'",
]);

/** Irish and Scottish Gaelic particles, written with a capital: "Siobhán Ní Bhriain". */
const GAELIC = new Set(['ní', 'nic', 'ó', 'ua', 'uí', 'mac', 'mic', 'mhic', 'nig']);

/** Connectors inside a Spanish or Portuguese family name: "José Ortega y Gasset". */
const CONNECTORS = new Set(['y', 'e', 'i']);

const PRONOUNS =
  /\b(?:he|she|they|ze|xe|it|any)\s*\/\s*(?:him|her|them|his|hers|theirs|zir|xem|its|all|pronouns)\b/giu;
const BRACKETS = /\s*(?:\([^)]*\)|\[[^\]]*\]|\{[^}]*\})/gu;
const PICTOGRAPHS = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu;
const HAN_OR_HANGUL = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const ONLY_EAST_ASIAN =
  /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}ー・]+$/u;
const INITIAL = /^\p{L}\.?$/u;
const ROMAN = /^(?:ii|iii|iv|vi|vii|viii|ix)$/;

/** A word with a letter and no bracket, bar or @: something a name is made of. */
const readable = (word: string) => /\p{L}/u.test(word) && !/[()[\]{}|/@]/.test(word);
const isPrefix = (word: string) => PREFIXES.has(key(word));
const isGeneration = (word: string) => GENERATIONS.has(key(word)) || ROMAN.test(key(word));

/** A degree or generation written without a comma: only the known ones ("Jean DUPONT" is a name). */
export const isKnownSuffix = (word: string): boolean =>
  CREDENTIALS.has(key(word)) || isGeneration(word);

/** After a comma, an unknown acronym counts too: "Priya Nayak, CSCP, SHRM-CP". */
export function isCredential(word: string): boolean {
  const w = word.trim();
  return w !== '' && (isKnownSuffix(w) || /^\p{Lu}(?:[.\-&/]?\p{Lu}){1,9}\.?$/u.test(w));
}

/**
 * Common Chinese, Korean and Vietnamese family names in Latin letters. "Kim Min-jun" is family
 * first; "Li Wei" or "Kim Smith" may be either way round, so they are not split.
 */
const EAST_ASIAN_FAMILY = new Set(
  (
    'kim lee park choi jung jeong kang cho yoon jang lim han shin seo kwon hwang ahn song yoo ' +
    'hong wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo ' +
    'zheng liang xie tang deng feng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye ' +
    'cheng wei su ding ren shen yao lu jin nguyen tran pham hoang phan vu vo dang bui ngo duong ly'
  ).split(' '),
);

/** Pronouns, bracketed asides and emoji out; spaces collapsed. */
export function stripAsides(text: string): string {
  return text
    .replace(BRACKETS, ' ')
    .replace(PRONOUNS, ' ')
    .replace(PICTOGRAPHS, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+,/g, ',')
    .replace(/^[\s,|·-]+|[\s,|·-]+$/g, '');
}

const words = (text: string) => text.split(' ').filter(Boolean);
const joinWords = (list: readonly string[]) => list.join(' ');

/**
 * Moves credentials and generational suffixes off the end of `core` (words, mutated) into the
 * returned list, keeping at least `keep` words.
 */
function takeTrailing(core: string[], keep: number): string[] {
  const taken: string[] = [];
  while (core.length > keep && isKnownSuffix(core.at(-1)!)) {
    taken.unshift(core.pop()!);
  }
  return taken;
}

/** The family name starts where a particle sits, or -1. "ambiguous" for capitalised Van/De. */
function particleAt(core: readonly string[]): number | 'ambiguous' {
  for (let i = 1; i < core.length - 1; i++) {
    const word = core[i]!;
    const lower = word.toLowerCase();
    if (GAELIC.has(fold(lower)) || GAELIC.has(lower)) return i;
    if (PARTICLES.has(word)) return i;
    if (CONNECTORS.has(word) && i >= 2) return i - 1;
    // "Robert De Niro" or Vietnamese "Nguyen Van Minh": a capitalised particle may be either.
    if (PARTICLES.has(lower)) return 'ambiguous';
  }
  return -1;
}

/** See the comment at the top of this file. Pure; never throws. */
export function splitDisplayName(name: string): SplitName {
  const parts = emptyParts();
  let text = stripAsides(name.normalize('NFC'));
  if (text === '') return { parts: { ...parts, given: name.trim() }, confident: false };

  // After a comma: credentials ("Priya Nayak, MSc, MBA"), or "Family, Given".
  const [head = '', ...tail] = text.split(',').map((s) => s.trim());
  const suffixes: string[] = [];
  let familyFirst: string | null = null;
  if (tail.length > 0) {
    const tailWords = tail.filter(Boolean);
    if (tailWords.every((t) => words(t).every(isCredential))) {
      suffixes.push(...tailWords);
      text = head;
    } else if (
      tail.length === 1 &&
      words(head).length === 1 &&
      words(tail[0]!).length <= 2 &&
      readable(head) &&
      !isKnownSuffix(head) &&
      !isPrefix(head)
    ) {
      familyFirst = head;
      text = tail[0]!;
    } else {
      return { parts: { ...parts, given: text }, confident: false };
    }
  }

  const core = words(text);
  while (core.length > 1 && isPrefix(core[0]!)) {
    parts.prefix = joinWords([parts.prefix, core.shift()!].filter(Boolean));
  }
  suffixes.unshift(...takeTrailing(core, familyFirst === null ? 1 : 0));
  parts.suffix = suffixes.join(', ');

  // A stray bracket, a "|" or a lone symbol: not a name we can read, so not split.
  if (!core.every(readable)) {
    parts.given = joinWords(core);
    return { parts: { ...parts, family: '', additional: '' }, confident: false };
  }
  if (familyFirst !== null) {
    parts.family = familyFirst;
    parts.given = core[0] ?? '';
    parts.additional = joinWords(core.slice(1));
    return { parts, confident: true };
  }
  if (core.length <= 1) {
    parts.given = core[0] ?? '';
    return { parts, confident: !HAN_OR_HANGUL.test(parts.given) };
  }
  if (HAN_OR_HANGUL.test(text)) {
    // Written in Han or Hangul, the family name comes first: "김 민준", "王 小明".
    if (core.length === 2 && core.every((w) => ONLY_EAST_ASIAN.test(w))) {
      parts.family = core[0]!;
      parts.given = core[1]!;
      return { parts, confident: true };
    }
    parts.given = joinWords(core);
    return { parts, confident: false };
  }
  const particle = particleAt(core);
  if (particle === 'ambiguous') {
    parts.given = joinWords(core);
    return { parts, confident: false };
  }
  if (particle > 0) {
    parts.given = joinWords(core.slice(0, particle));
    parts.family = joinWords(core.slice(particle));
    return { parts, confident: true };
  }
  if (core.length === 2 && EAST_ASIAN_FAMILY.has(fold(core[0]!))) {
    if (/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(core[1]!)) {
      parts.family = core[0]!;
      parts.given = core[1]!;
      return { parts, confident: true };
    }
    parts.given = joinWords(core);
    return { parts, confident: false };
  }
  if (core.length === 2) {
    parts.given = core[0]!;
    parts.family = core[1]!;
    return { parts, confident: true };
  }
  const middle = core.slice(1, -1);
  if (middle.every((w) => INITIAL.test(w)) && !INITIAL.test(core.at(-1)!)) {
    parts.given = core[0]!;
    parts.additional = joinWords(middle);
    parts.family = core.at(-1)!;
    return { parts, confident: true };
  }
  parts.given = joinWords(core);
  return { parts, confident: false };
}
