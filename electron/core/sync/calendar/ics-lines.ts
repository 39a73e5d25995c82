/**
 * An iCalendar object as its own bytes: each content line keeps the exact span of text it came
 * from (folds, line ends and all), so a patch can replace a few lines and leave every other byte
 * as the server sent it. Values are decoded only on demand; a line that is not a valid content
 * line is kept as it is and only matters if someone needs its value.
 */
import { CalendarError } from './calendar-error';

export interface ContentLine {
  /** The unfolded text, without its line end. */
  text: string;
  /** Its span in the raw text, line ends and folds included. */
  from: number;
  to: number;
}

export interface Param {
  /** Upper-cased. */
  name: string;
  /** Decoded (quotes removed, RFC 6868 ^n ^' ^^ undone). */
  values: string[];
  /** The parameter as written, with its leading ';'. */
  raw: string;
}

export interface Property {
  /** Index of its line in IcsDocument.lines. */
  line: number;
  /** Upper-cased. */
  name: string;
  params: Param[];
  /** The raw value, still escaped. */
  value: string;
}

export interface Component {
  /** Upper-cased ("VEVENT"). */
  name: string;
  /** Line indices of its BEGIN and END. */
  begin: number;
  end: number;
  /** Its own properties (parsed ones; unparseable lines are kept in the text only). */
  properties: Property[];
  /** Names of its own lines that could not be parsed. */
  broken: string[];
  children: Component[];
}

export interface IcsDocument {
  raw: string;
  lines: ContentLine[];
  /** The line end the object uses ("\r\n" unless it uses bare "\n"). */
  eol: string;
  /** The first top-level component (the VCALENDAR). */
  root: Component;
}

/** Splits into logical lines: a line starting with a space or a tab continues the previous one. */
function splitLines(raw: string): ContentLine[] {
  const lines: ContentLine[] = [];
  const breaks = /\r\n|\n/g;
  let at = 0;
  while (at < raw.length) {
    breaks.lastIndex = at;
    const found = breaks.exec(raw);
    const textEnd = found ? found.index : raw.length;
    const next = found ? found.index + found[0].length : raw.length;
    const physical = raw.slice(at, textEnd);
    const last = lines.at(-1);
    if (last && last.text !== '' && (physical.startsWith(' ') || physical.startsWith('\t'))) {
      last.text += physical.slice(1);
      last.to = next;
    } else {
      lines.push({ text: physical, from: at, to: next });
    }
    at = next;
  }
  return lines;
}

const NAME = /^[A-Za-z0-9-]+$/;

/** RFC 6868: ^n is a line break, ^' a double quote, ^^ a caret; any other ^ stays. */
const decodeParam = (value: string): string =>
  value.replace(/\^(n|N|'|\^)/g, (_, c: string) => (c === '^' ? '^' : c === "'" ? '"' : '\n'));

/** Parses one content line (RFC 5545 §3.1); null when it is not one. */
export function parseContentLine(
  text: string,
): { name: string; params: Param[]; value: string } | null {
  const nameEnd = text.search(/[;:]/);
  if (nameEnd <= 0) return null;
  const name = text.slice(0, nameEnd);
  if (!NAME.test(name)) return null;
  const params: Param[] = [];
  let i = nameEnd;
  while (text[i] === ';') {
    const start = i;
    const eq = text.indexOf('=', i);
    if (eq < 0) return null;
    const paramName = text.slice(i + 1, eq);
    if (!NAME.test(paramName)) return null;
    i = eq + 1;
    const values: string[] = [];
    for (;;) {
      if (text[i] === '"') {
        const close = text.indexOf('"', i + 1);
        if (close < 0) return null;
        values.push(decodeParam(text.slice(i + 1, close)));
        i = close + 1;
      } else {
        let j = i;
        while (j < text.length && text[j] !== ',' && text[j] !== ';' && text[j] !== ':') j++;
        values.push(decodeParam(text.slice(i, j)));
        i = j;
      }
      if (text[i] !== ',') break;
      i++;
    }
    params.push({ name: paramName.toUpperCase(), values, raw: text.slice(start, i) });
  }
  if (text[i] !== ':') return null;
  return { name: name.toUpperCase(), params, value: text.slice(i + 1) };
}

/** Reads the component tree; throws CalendarError when BEGIN and END do not match. */
export function parseIcs(raw: string): IcsDocument {
  if (typeof raw !== 'string' || raw.trim() === '') {
    throw new CalendarError('The calendar entry is empty.');
  }
  const text = raw;
  const lines = splitLines(text);
  const firstBreak = /\r\n|\n/.exec(text);
  const eol = firstBreak ? firstBreak[0] : '\r\n';
  const stack: Component[] = [];
  const top: Component[] = [];
  lines.forEach((line, index) => {
    const body = index === 0 ? line.text.replace(/^\uFEFF/, '') : line.text;
    if (body.trim() === '') return;
    const parsed = parseContentLine(body);
    const current = stack.at(-1);
    if (parsed?.name === 'BEGIN') {
      const name = parsed.value.trim().toUpperCase();
      if (!NAME.test(name)) throw new CalendarError(`A component has no valid name ("${body}").`);
      const component: Component = {
        name,
        begin: index,
        end: -1,
        properties: [],
        broken: [],
        children: [],
      };
      (current ? current.children : top).push(component);
      stack.push(component);
      return;
    }
    if (parsed?.name === 'END') {
      const name = parsed.value.trim().toUpperCase();
      if (!current || current.name !== name) {
        throw new CalendarError(
          current
            ? `The calendar entry closes ${name} where ${current.name} is open.`
            : `The calendar entry closes ${name}, which was never opened.`,
        );
      }
      current.end = index;
      stack.pop();
      return;
    }
    if (!current) {
      if (top.length === 0) {
        throw new CalendarError('The text does not start with BEGIN:VCALENDAR.');
      }
      return; // text after the calendar: kept, not read
    }
    if (parsed) current.properties.push({ line: index, ...parsed });
    else current.broken.push(body.split(/[;:]/, 1)[0]!.toUpperCase());
  });
  const open = stack.at(-1);
  if (open) throw new CalendarError(`The calendar entry ends inside ${open.name}.`);
  const root = top[0];
  if (!root || root.name !== 'VCALENDAR') {
    throw new CalendarError('The text is not an iCalendar object (no VCALENDAR).');
  }
  return { raw: text, lines, eol, root };
}

export const prop = (component: Component, name: string): Property | undefined =>
  component.properties.find((p) => p.name === name);

export const props = (component: Component, name: string): Property[] =>
  component.properties.filter((p) => p.name === name);

export const param = (property: Property, name: string): string | undefined =>
  property.params.find((p) => p.name === name)?.values[0];

/** The VEVENTs of the object, in order. */
export const vevents = (doc: IcsDocument): Component[] =>
  doc.root.children.filter((c) => c.name === 'VEVENT');

/**
 * The master VEVENT: the one without RECURRENCE-ID (the series or the single event). An object
 * holding only overrides (an invitation to one instance) has none; its first VEVENT stands in.
 */
export function masterEvent(doc: IcsDocument): Component {
  const events = vevents(doc);
  const master = events.find((e) => !prop(e, 'RECURRENCE-ID')) ?? events[0];
  if (!master) throw new CalendarError('The calendar entry holds no event (VEVENT).');
  return master;
}

/** Undoes TEXT escaping (RFC 5545 §3.3.11); a stray backslash is kept. */
export const unescapeText = (value: string): string =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/**
 * A parameter value: RFC 6868 encoding so any name round-trips (a double quote is ^', a line
 * break ^n), other control characters dropped, quoted when it holds : ; or ,.
 */
export function encodeParam(value: string): string {
  const encoded = value
    .replace(/\^/g, '^^')
    .replace(/\r\n|\r|\n/g, '^n')
    .replace(/"/g, "^'")
    // eslint-disable-next-line no-control-regex -- control characters cannot be in a parameter
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, ' ');
  return /[:;,]/.test(encoded) ? `"${encoded}"` : encoded;
}
