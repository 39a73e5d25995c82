/**
 * Settings → Sync, "Connect an account": the form as typed, its checks, and the inputs of
 * `sync.discover` and `sync.connect` it makes. Pure, unit-tested.
 */
import type { AppError } from '../../../../../electron/shared/result';
import { checkServerUrl } from '../../../../../electron/shared/sync-server-url';
import type {
  Collection,
  CollectionChoice,
  Discovery,
  SyncConnectInput,
  SyncCredentials,
} from '../../../../../electron/shared/sync';
import { collectionName } from './syncStatusModel';

/** The select's value for "make a new collection"; every other value is a collection's URL. */
export const NEW_COLLECTION = '__new__';
/** The calendar select's value for "no calendar". */
export const NO_CALENDAR = '__none__';
export const DEFAULT_COLLECTION_NAME = 'Netwell';

export interface ConnectDraft {
  serverUrl: string;
  /** The calendars' server when it is another (iCloud, Fastmail); empty: the same. */
  calendarServerUrl: string;
  username: string;
  password: string;
  /** A collection's URL, or NEW_COLLECTION; empty until a test has found the choices. */
  addressBook: string;
  addressBookName: string;
  /** A collection's URL, NEW_COLLECTION or NO_CALENDAR; empty until a test. */
  calendar: string;
  calendarName: string;
  syncNotes: boolean;
  syncWindows: boolean;
}

export type ConnectField = keyof ConnectDraft;
export type ConnectErrors = Partial<Record<ConnectField, string>>;

export const emptyConnectDraft: ConnectDraft = {
  serverUrl: '',
  calendarServerUrl: '',
  username: '',
  password: '',
  addressBook: '',
  addressBookName: DEFAULT_COLLECTION_NAME,
  calendar: '',
  calendarName: DEFAULT_COLLECTION_NAME,
  syncNotes: false,
  syncWindows: false,
};

const CREDENTIALS: readonly ConnectField[] = [
  'serverUrl',
  'calendarServerUrl',
  'username',
  'password',
];

/** A change to the server, the user name or the password makes an earlier test stale. */
export function changesCredentials(field: ConnectField): boolean {
  return CREDENTIALS.includes(field);
}

/**
 * Why the server address cannot be used, or null. Plain http is refused except for this computer
 * (the core checks with the same function); a bare domain is fine, discovery finds the rest.
 */
export function serverUrlProblem(text: string): string | null {
  const checked = checkServerUrl(text);
  return checked.ok ? null : checked.message;
}

type Checked<T> = { ok: true; value: T } | { ok: false; errors: ConnectErrors };

/** What "Test connection" sends, or what to fix first. */
export function checkCredentials(draft: ConnectDraft): Checked<SyncCredentials> {
  const errors: ConnectErrors = {};
  const server = serverUrlProblem(draft.serverUrl);
  if (server) errors.serverUrl = server;
  const calendarServer = draft.calendarServerUrl.trim()
    ? serverUrlProblem(draft.calendarServerUrl)
    : null;
  if (calendarServer) errors.calendarServerUrl = calendarServer;
  if (!draft.username.trim()) errors.username = 'Give your user name.';
  if (!draft.password) errors.password = 'Give the (app) password.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      serverUrl: draft.serverUrl.trim(),
      calendarServerUrl: draft.calendarServerUrl.trim(),
      username: draft.username.trim(),
      password: draft.password,
    },
  };
}

/**
 * The choices after a test: what the user chose stays ("create", "no calendar", a collection still
 * found); otherwise the first one found (the one a phone syncs, most often), or a new one when
 * there is none.
 */
export function choicesAfterDiscovery(
  draft: Pick<ConnectDraft, 'addressBook' | 'calendar'>,
  discovery: Discovery,
): Pick<ConnectDraft, 'addressBook' | 'calendar'> {
  const pick = (value: string, found: Discovery['addressBooks']) =>
    value === NEW_COLLECTION || value === NO_CALENDAR || found.some((c) => c.url === value)
      ? value
      : (found[0]?.url ?? NEW_COLLECTION);
  return {
    addressBook: pick(draft.addressBook, discovery.addressBooks),
    calendar: pick(draft.calendar, discovery.calendars),
  };
}

type Choice<T> = { ok: true; choice: T } | { ok: false; error: string };

function choice(
  value: string,
  name: string,
  found: Discovery['addressBooks'],
  nameMissing: string,
): Choice<CollectionChoice> {
  if (value === NEW_COLLECTION) {
    const trimmed = name.trim();
    if (!trimmed) return { ok: false, error: nameMissing };
    if (trimmed.length > 100) return { ok: false, error: 'Keep the name under 100 characters.' };
    return { ok: true, choice: { create: trimmed } };
  }
  if (!found.some((c) => c.url === value)) {
    return { ok: false, error: 'Test the connection again, then choose.' };
  }
  return { ok: true, choice: { url: value } };
}

/** Whether the networking windows can go anywhere: they need a calendar. */
export const windowsNeedCalendar = (draft: Pick<ConnectDraft, 'calendar'>) =>
  draft.calendar === NO_CALENDAR;

/** What "Connect" sends, or what to fix first. Needs the test's answer: choices come from it. */
export function checkConnect(draft: ConnectDraft, discovery: Discovery): Checked<SyncConnectInput> {
  const credentials = checkCredentials(draft);
  const errors: ConnectErrors = credentials.ok ? {} : { ...credentials.errors };
  const book = choice(
    draft.addressBook,
    draft.addressBookName,
    discovery.addressBooks,
    'Give the new address book a name.',
  );
  if (!book.ok)
    errors[draft.addressBook === NEW_COLLECTION ? 'addressBookName' : 'addressBook'] = book.error;
  const calendar: Choice<CollectionChoice | null> =
    draft.calendar === NO_CALENDAR
      ? { ok: true, choice: null }
      : choice(
          draft.calendar,
          draft.calendarName,
          discovery.calendars,
          'Give the new calendar a name.',
        );
  if (!calendar.ok)
    errors[draft.calendar === NEW_COLLECTION ? 'calendarName' : 'calendar'] = calendar.error;
  if (!credentials.ok || !book.ok || !calendar.ok) return { ok: false, errors };
  return {
    ok: true,
    value: {
      ...credentials.value,
      addressBook: book.choice,
      calendar: calendar.choice,
      options: {
        syncNotes: draft.syncNotes,
        syncWindows: draft.syncWindows && calendar.choice !== null,
      },
    },
  };
}

const FIELD_OF_PATH: Record<string, ConnectField> = {
  serverUrl: 'serverUrl',
  calendarServerUrl: 'calendarServerUrl',
  username: 'username',
  password: 'password',
  addressBook: 'addressBook',
  'addressBook.url': 'addressBook',
  'addressBook.create': 'addressBookName',
  calendar: 'calendar',
  'calendar.url': 'calendar',
  'calendar.create': 'calendarName',
};

/**
 * The core's refusal, split into the fields it names and a message for the whole form (a wrong
 * password, a server that is not CardDAV, a TLS problem: the core's own words).
 */
export function connectErrorsFromHost(error: AppError): {
  fields: ConnectErrors;
  message: string | null;
} {
  const fields: ConnectErrors = {};
  const rest: string[] = [];
  for (const issue of error.issues ?? []) {
    const field = FIELD_OF_PATH[issue.path];
    if (field && !fields[field]) fields[field] = issue.message;
    else rest.push(issue.message);
  }
  const named = Object.keys(fields).length > 0;
  return { fields, message: named && rest.length === 0 ? null : (rest[0] ?? error.message) };
}

/** What a successful test found, in one sentence for the live region. */
export function discoveryText(discovery: Discovery): string {
  const list = (found: readonly Collection[], one: string, many: string) =>
    found.length === 0
      ? `no ${many}`
      : `${found.length} ${found.length === 1 ? one : many} (${found.map(collectionName).join(', ')})`;
  const books = list(discovery.addressBooks, 'address book', 'address books');
  const calendars = list(discovery.calendars, 'calendar', 'calendars');
  return `Signed in to ${discovery.serverUrl}. Found ${books} and ${calendars}.`;
}
