import type { z } from 'zod';

/** Text with something to strip: beyond ASCII, or one of the two ASCII accents (^ and `). */
const NOT_PLAIN = /[^ -~\t\n\r]|[\^`]/;

/** Lower-cases and strips accents so "María" and "maria" compare equal. */
export function fold(text: string): string {
  // Most of an address book is plain ASCII: skipping normalisation there halves the cost of
  // indexing 30,000 contacts.
  if (!NOT_PLAIN.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Line breaks, tabs, NUL and the other C0/C1 control characters. */
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** Embeddings, overrides and isolates: they make "gpj.exe" show as "exe.jpg". */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
/** Characters that show nothing: spaces, zero-width and format characters, Hangul fillers. */
const INVISIBLE = /[\s\p{Cf}\p{Z}\u115f\u1160\u3164\uffa0\u2800]/gu;

/**
 * Why `text` cannot be a name or label shown to the user (a contact's name, an event's title, a
 * window's label, a tag), or null when it can. `what` starts the sentence: "A name".
 * Empty text is left to the field's own rule (some labels are optional).
 */
export function labelProblem(text: string, what: string): string | null {
  if (CONTROL.test(text)) {
    return `${what} cannot hold line breaks, tabs or other control characters.`;
  }
  if (BIDI_CONTROL.test(text)) {
    return `${what} cannot hold characters that reverse the direction of text (U+202A–U+202E, U+2066–U+2069).`;
  }
  if (text !== '' && text.replace(INVISIBLE, '') === '') {
    return `${what} is made only of invisible characters: type something that can be seen.`;
  }
  return null;
}

/**
 * `schema` with the label rule above, for input schemas only: names stored before the rule
 * existed still load.
 */
export function shownAsLabel<T extends z.ZodType<string>>(schema: T, what: string): T {
  return schema.superRefine((value, ctx) => {
    const problem = labelProblem(value, what);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }) as T;
}
