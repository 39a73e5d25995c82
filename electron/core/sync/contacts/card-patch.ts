import type { PlatformPresence } from '../../../shared/crm/contact-crm-fields';
import { namePartsAgree, namePartsFor } from '../../../shared/names/name-parts';
import { joinName } from '../../interchange/import/candidate';
import { escapeText, foldLine, paramValue } from '../../interchange/export/content-lines';
import type { CardFields } from './card-fields';
import {
  LIST_KEYS,
  cleanCardFields,
  emptyCardFields,
  listKeys,
  samePartsOrNull,
  sameText,
} from './card-fields';
import { cardText, endsInSoftBreak } from './card-lines';
import type { OwnedLine, ReadCard } from './card-read';
import { categoryItems, lineKey, readCard, splitEscaped } from './card-read';

/**
 * Writes Netwell's fields into a card by rewriting only the lines whose value changed: every
 * other line keeps its bytes (folds, line ends, groups, parameters), so properties of other
 * clients survive a sync round trip exactly.
 */

export interface PatchOptions {
  uid: string;
  version: '3.0' | '4.0';
  syncNotes: boolean;
  /** ISO instant, for REV. */
  now: string;
}

/** The line edits of one patch, rendered over the card's own text at the end. */
class LineEdits {
  private readonly replaced = new Map<number, string | null>();
  private readonly inserted = new Map<number, string[]>();
  private readonly appended: string[] = [];
  private readonly emptiedGroups = new Set<string>();

  constructor(private readonly card: ReadCard) {}

  get changed(): boolean {
    return this.replaced.size > 0 || this.inserted.size > 0 || this.appended.length > 0;
  }

  /** A content line folded at 75 octets, with the card's own line end. */
  line(group: string, head: string, value: string): string {
    const folded = foldLine(`${group ? `${group}.` : ''}${head}:${value}`);
    return this.card.text.eol === '\n' ? folded.replace(/\r\n/g, '\n') : folded;
  }

  replace(owned: OwnedLine, value: string): void {
    this.replaced.set(owned.index, this.line(owned.line.group, owned.head, value));
  }

  remove(owned: OwnedLine): void {
    this.replaced.set(owned.index, null);
    if (owned.line.group) this.emptiedGroups.add(owned.line.group.toLowerCase());
  }

  /** After the line at `index`, or before END:VCARD when there is none (-1). */
  insert(index: number, line: string): void {
    if (index === -1) this.appended.push(line);
    else this.inserted.set(index, [...(this.inserted.get(index) ?? []), line]);
  }

  /** A group whose lines are all gone loses its label (Apple's itemN.X-ABLabel) too. */
  private dropOrphanLabels(): void {
    const lines = this.card.text.lines;
    for (const group of this.emptiedGroups) {
      const inGroup = (i: number) => lines[i]!.group.toLowerCase() === group;
      const left = lines.some(
        (l, i) => inGroup(i) && l.name !== 'X-ABLABEL' && this.replaced.get(i) !== null,
      );
      if (left) continue;
      lines.forEach((l, i) => {
        if (inGroup(i) && l.name === 'X-ABLABEL') this.replaced.set(i, null);
      });
    }
  }

  render(): string {
    this.dropOrphanLabels();
    const { head, lines, tail } = this.card.text;
    const body = lines.map((l, i) => {
      const replaced = this.replaced.get(i);
      return (
        (replaced === undefined ? l.raw : (replaced ?? '')) + (this.inserted.get(i) ?? []).join('')
      );
    });
    const last = lines.length - 1;
    if (last >= 0 && this.replaced.get(last) === undefined && endsInSoftBreak(lines[last]!.text)) {
      // A quoted-printable soft break left before END:VCARD would swallow a line added after it.
      const added = (this.inserted.get(last) ?? []).join('') + this.appended.join('');
      return head + body.slice(0, last).join('') + added + lines[last]!.raw + tail;
    }
    return head + body.join('') + this.appended.join('') + tail;
  }
}

/**
 * A kept part of a value, safe to join to others: a lone backslash at its end would escape the
 * separator after it (`\\;` read as a semicolon), so it is written as an escaped backslash.
 */
function closeEscape(part: string): string {
  const trailing = /\\*$/.exec(part)![0].length;
  return trailing % 2 === 1 ? `${part}\\` : part;
}

/**
 * Where lines of a property are added: after its last line (any line of it, read or not) and the
 * lines of that line's group right after it (Apple's `item2.X-ABLabel`); -1 when it has none.
 */
function lastLineOf(card: ReadCard, name: string): number {
  const lines = card.text.lines;
  let index = lines.findLastIndex((l) => l.name === name);
  const group = index === -1 ? '' : lines[index]!.group.toLowerCase();
  while (group && lines[index + 1]?.group.toLowerCase() === group) index++;
  return index;
}

/**
 * Whether emptying the first line of a property may remove it: not when another line of it
 * follows, which would then be read as Netwell's (a second ORG, a second NOTE); it is blanked.
 */
const removable = (card: ReadCard, name: string) => (card.owned.get(name)?.length ?? 0) === 1;

/** A TEXT property: the first line rewritten, removed when emptied (if allowed), or added. */
function setText(
  edits: LineEdits,
  card: ReadCard,
  name: string,
  value: string,
  removeWhenEmpty: boolean,
): void {
  const line = card.owned.get(name)?.[0];
  if (line && value === '' && removeWhenEmpty && removable(card, name)) edits.remove(line);
  else if (line) edits.replace(line, escapeText(value));
  else if (value !== '') edits.insert(-1, edits.line('', name, escapeText(value)));
}

/**
 * Components of a structured property (N, ORG, ADR): only the given ones are rewritten, the
 * others keep their text. A line left with no component is removed.
 */
function setComponents(
  edits: LineEdits,
  card: ReadCard,
  name: string,
  values: Map<number, string>,
  width: number,
): void {
  const line = card.owned.get(name)?.[0];
  const components = line ? splitEscaped(line.value, ';').map(closeEscape) : [];
  while (components.length < width) components.push('');
  for (const [index, value] of values) components[index] = escapeText(value);
  const value = components.join(';');
  if (line && components.every((c) => c === '') && removable(card, name)) edits.remove(line);
  else if (line) edits.replace(line, value);
  else if (components.some((c) => c !== '')) edits.insert(-1, edits.line('', name, value));
}

/**
 * A list by value: lines of values that stay are untouched, lines of removed values go, new
 * values are added after the property's last line. Lines Netwell does not read stay.
 */
function setList<T>(
  edits: LineEdits,
  card: ReadCard,
  name: string,
  keyOfLine: (line: OwnedLine) => string | null,
  want: readonly T[],
  keyOf: (value: T) => string | null,
  write: (value: T) => string,
): void {
  const wanted = listKeys(want, keyOf);
  const have = new Set<string>();
  for (const line of card.owned.get(name) ?? []) {
    const key = keyOfLine(line);
    if (key === null) continue;
    have.add(key);
    if (!wanted.has(key)) edits.remove(line);
  }
  const anchor = lastLineOf(card, name);
  for (const value of want) {
    const key = keyOf(value);
    if (key === null || have.has(key)) continue;
    have.add(key);
    edits.insert(anchor, write(value));
  }
}

/** CATEGORIES: tags removed from the line that has them, new ones added to the last line. */
function setTags(edits: LineEdits, card: ReadCard, tags: readonly string[]): void {
  const wanted = listKeys(tags, LIST_KEYS.tags);
  const have = new Set<string>();
  const lines = card.owned.get('CATEGORIES') ?? [];
  let kept: string[] = [];
  for (const line of lines) {
    const items = categoryItems(line.value);
    kept = items.filter((i) => i.key === null || wanted.has(i.key)).map((i) => closeEscape(i.raw));
    for (const i of items) if (i.key !== null) have.add(i.key);
    if (kept.length === 0) edits.remove(line);
    else if (kept.length < items.length) edits.replace(line, kept.join(','));
  }
  const added: string[] = [];
  for (const tag of tags) {
    const key = LIST_KEYS.tags(tag);
    if (key === null || have.has(key)) continue;
    have.add(key);
    added.push(escapeText(tag));
  }
  if (added.length === 0) return;
  const last = lines.at(-1);
  if (card.legacy) {
    // 2.1 has no lists: one tag a line.
    const anchor = lastLineOf(card, 'CATEGORIES');
    for (const tag of added) edits.insert(anchor, edits.line('', 'CATEGORIES', tag));
    return;
  }
  if (last) edits.replace(last, [...kept, ...added].join(','));
  else edits.insert(-1, edits.line('', 'CATEGORIES', added.join(',')));
}

/** A URI value escaped like TEXT, as vcard-writer.ts writes it (readers split a bare comma). */
const uriValue = (uri: string) => escapeText(uri.replace(/[\r\n]/g, ''));

/** REV as each version writes a timestamp: 3.0 extended, 4.0 basic (RFC 6350 §4.3.5). */
function revValue(now: string, version: '3.0' | '4.0' | null): string {
  const stamp = now.slice(0, 19);
  return version === '4.0' ? `${stamp.replace(/[-:]/g, '')}Z` : `${stamp}Z`;
}

/**
 * The edits that bring the card to `to`. `complete`: the card is being written, so it also gets
 * the lines every card Netwell writes carries (FN and N, as RFC 2426 requires, and a UID).
 */
function applyFields(
  card: ReadCard,
  to: CardFields,
  opts: PatchOptions,
  complete: boolean,
): LineEdits {
  const edits = new LineEdits(card);
  const from = card.fields;
  const v4 = (card.version ?? opts.version) === '4.0';
  const has = (name: string) => card.text.lines.some((l) => l.name === name);
  const name = to.name || from.name;
  if (to.name !== '' && !sameText(to.name, from.name)) setText(edits, card, 'FN', to.name, false);
  else if (complete && !has('FN')) {
    const p = namePartsFor({ name, nameParts: to.nameParts ?? from.nameParts });
    edits.insert(-1, edits.line('', 'FN', escapeText(name || joinName(p.given, p.family))));
  }
  // Without parts of its own Netwell keeps the card's N, unless a rename left it naming someone
  // else: phones show N, not FN, so it is split from the new name as vcard-writer.ts does.
  const renamed =
    !to.nameParts &&
    from.nameParts !== null &&
    to.name !== '' &&
    !sameText(to.name, from.name) &&
    !namePartsAgree(to.name, from.nameParts);
  const nameParts = renamed ? namePartsFor({ name: to.name, nameParts: null }) : to.nameParts;
  if (nameParts && !samePartsOrNull(nameParts, from.nameParts)) {
    const p = nameParts;
    const parts = [p.family, p.given, p.additional, p.prefix, p.suffix];
    setComponents(edits, card, 'N', new Map(parts.map((v, i) => [i, v])), 5);
  } else if (complete && !has('N')) {
    // As vcard-writer.ts: the display name split only where that is certain.
    const p = namePartsFor({ name, nameParts: to.nameParts ?? from.nameParts });
    const parts = [p.family, p.given, p.additional, p.prefix, p.suffix];
    edits.insert(-1, edits.line('', 'N', parts.map(escapeText).join(';')));
  }
  if (!sameText(to.company, from.company)) {
    setComponents(edits, card, 'ORG', new Map([[0, to.company]]), 1);
  }
  if (!sameText(to.role, from.role)) setText(edits, card, 'TITLE', to.role, true);
  setList(
    edits,
    card,
    'EMAIL',
    (l) => lineKey('emails', l),
    to.emails,
    LIST_KEYS.emails,
    (e) => edits.line('', v4 ? 'EMAIL' : 'EMAIL;TYPE=INTERNET', escapeText(e)),
  );
  setList(
    edits,
    card,
    'TEL',
    (l) => lineKey('phones', l),
    to.phones,
    LIST_KEYS.phones,
    (t) => edits.line('', v4 ? 'TEL;TYPE=voice' : 'TEL;TYPE=VOICE', escapeText(t)),
  );
  setList(
    edits,
    card,
    'URL',
    (l) => lineKey('links', l),
    to.links,
    LIST_KEYS.links,
    (u) => edits.line('', 'URL', uriValue(u)),
  );
  setList(
    edits,
    card,
    'X-SOCIALPROFILE',
    (l) => lineKey('platforms', l),
    to.platforms,
    LIST_KEYS.platforms,
    (p: PlatformPresence) => {
      // The writer's form: the profile link as the value, the handle as X-USER.
      const params = [`TYPE=${paramValue(p.platform)}`];
      if (p.handle) params.push(`X-USER=${paramValue(p.handle)}`);
      const value = p.url ? uriValue(p.url) : escapeText(p.handle);
      return edits.line('', ['X-SOCIALPROFILE', ...params].join(';'), value);
    },
  );
  if (!sameText(to.city, from.city)) {
    setComponents(edits, card, 'ADR', new Map([[3, to.city]]), 7);
  }
  setTags(edits, card, to.tags);
  if (opts.syncNotes && to.notes !== null && !sameText(to.notes, from.notes ?? '')) {
    setText(edits, card, 'NOTE', to.notes, true);
  }
  if (complete && !has('UID')) edits.insert(-1, edits.line('', 'UID', escapeText(opts.uid)));
  return edits;
}

/** A card with only the lines every card has, for a contact new to the server. */
function newCard(opts: PatchOptions): ReadCard {
  const text = cardText(
    [
      'BEGIN:VCARD\r\n',
      `VERSION:${opts.version}\r\n`,
      foldLine('PRODID:-//Netwell//Netwell//EN'),
      foldLine(`UID:${escapeText(opts.uid)}`),
      'END:VCARD\r\n',
    ].join(''),
  );
  return {
    text,
    version: opts.version,
    legacy: false,
    owned: new Map(),
    fields: emptyCardFields(opts.syncNotes),
  };
}

/**
 * raw null: a new card (VERSION given, PRODID -//Netwell//Netwell//EN, UID, then the fields).
 * Else: the same card with only the lines of fields whose value differs from
 * readCardFields(raw) rewritten, and REV set to `now`; unchanged, it is returned as it was.
 * Throws CardError when `raw` cannot be read.
 */
export function patchCard(raw: string | null, to: CardFields, opts: PatchOptions): string {
  const card = raw === null ? newCard(opts) : readCard(raw, opts);
  const wanted = cleanCardFields(to);
  if (raw !== null && !applyFields(card, wanted, opts, false).changed) return raw;
  const edits = applyFields(card, wanted, opts, true);
  const rev = card.owned.get('REV')?.[0];
  const stamp = revValue(opts.now, card.version ?? opts.version);
  if (rev) edits.replace(rev, stamp);
  else edits.insert(-1, edits.line('', 'REV', stamp));
  return edits.render();
}
