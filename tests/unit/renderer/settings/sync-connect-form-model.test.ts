import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Discovery } from '../../../../electron/shared/sync';
import { SyncConnectInputSchema } from '../../../../electron/shared/sync';
import {
  changesCredentials,
  checkConnect,
  checkCredentials,
  choicesAfterDiscovery,
  connectErrorsFromHost,
  discoveryText,
  emptyConnectDraft,
  NEW_COLLECTION,
  NO_CALENDAR,
  serverUrlProblem,
  type ConnectDraft,
  type ConnectField,
} from '../../../../renderer/src/features/settings/sync/syncConnectFormModel';

const BOOK = { url: 'http://127.0.0.1:5232/ana/contacts/', name: 'Contacts' };
const WORK = { url: 'http://127.0.0.1:5232/ana/work/', name: 'Work' };
const CAL = { url: 'http://127.0.0.1:5232/ana/calendar/', name: 'Calendar' };
const found: Discovery = {
  serverUrl: 'http://127.0.0.1:5232/',
  addressBooks: [BOOK, WORK],
  calendars: [CAL],
  vcard4: false,
};
const nothing: Discovery = { ...found, addressBooks: [], calendars: [] };
/** Typed and tested, on an account with no collections yet. */
const typed: ConnectDraft = {
  ...emptyConnectDraft,
  addressBook: NEW_COLLECTION,
  calendar: NEW_COLLECTION,
  serverUrl: ' nextcloud.example.org ',
  username: ' ana ',
  password: ' secret ',
};

describe('the server address', () => {
  it('takes a domain, an https address, or http on this computer', () => {
    for (const ok of [
      'nextcloud.example.org',
      'https://dav.fastmail.com',
      'https://cloud.example.org/remote.php/dav/',
      'http://localhost:5232',
      'http://127.0.0.1:5232/',
      'http://[::1]:8080/',
      'HTTPS://Example.org',
    ]) {
      expect(serverUrlProblem(ok), ok).toBeNull();
    }
  });

  it('refuses what cannot be one, saying what to do', () => {
    expect(serverUrlProblem('  ')).toBe('Give the server address.');
    expect(serverUrlProblem('dav example.org')).toBe('A server address has no spaces.');
    expect(serverUrlProblem('ftp://example.org')).toBe(
      'Give an https:// address, or just the domain.',
    );
    expect(serverUrlProblem('http://dav.example.org')).toMatch(/^Use https:\/\//);
    expect(serverUrlProblem('https://exa[mple.org')).toMatch(/^This is not a web address/);
  });
});

describe('Test connection', () => {
  it('sends the trimmed server and user name, and the password exactly as typed', () => {
    expect(checkCredentials(typed)).toEqual({
      ok: true,
      value: {
        serverUrl: 'nextcloud.example.org',
        calendarServerUrl: '',
        username: 'ana',
        password: ' secret ',
      },
    });
  });

  it('sends a calendar server of its own when one is given, checked by the same rule', () => {
    const withCalendar = { ...typed, calendarServerUrl: ' caldav.icloud.com ' };
    expect(checkCredentials(withCalendar)).toMatchObject({
      ok: true,
      value: { calendarServerUrl: 'caldav.icloud.com' },
    });
    expect(checkCredentials({ ...typed, calendarServerUrl: 'http://caldav.example.org' })).toEqual({
      ok: false,
      errors: { calendarServerUrl: expect.stringMatching(/https/) },
    });
  });

  it('names each missing field in the contract’s words', () => {
    expect(checkCredentials(emptyConnectDraft)).toEqual({
      ok: false,
      errors: {
        serverUrl: 'Give the server address.',
        username: 'Give your user name.',
        password: 'Give the (app) password.',
      },
    });
  });

  it('is made stale by a change to the account, not by the choices', () => {
    const account: ConnectField[] = ['serverUrl', 'username', 'password'];
    expect(account.every(changesCredentials)).toBe(true);
    expect(changesCredentials('addressBook')).toBe(false);
    expect(changesCredentials('syncNotes')).toBe(false);
  });

  it('says what it found', () => {
    expect(discoveryText(found)).toBe(
      'Signed in to http://127.0.0.1:5232/. Found 2 address books (Contacts, Work) and 1 calendar (Calendar).',
    );
    expect(discoveryText(nothing)).toBe(
      'Signed in to http://127.0.0.1:5232/. Found no address books and no calendars.',
    );
  });
});

describe('the choices after a test', () => {
  it('offer the first collection found, or a new one when there is none', () => {
    expect(choicesAfterDiscovery(emptyConnectDraft, found)).toEqual({
      addressBook: BOOK.url,
      calendar: CAL.url,
    });
    expect(choicesAfterDiscovery(emptyConnectDraft, nothing)).toEqual({
      addressBook: NEW_COLLECTION,
      calendar: NEW_COLLECTION,
    });
  });

  it('keep what the user chose: a collection still found, "create" and "no calendar"', () => {
    expect(
      choicesAfterDiscovery({ addressBook: NEW_COLLECTION, calendar: NEW_COLLECTION }, found),
    ).toEqual({ addressBook: NEW_COLLECTION, calendar: NEW_COLLECTION });
    expect(choicesAfterDiscovery({ addressBook: WORK.url, calendar: NO_CALENDAR }, found)).toEqual({
      addressBook: WORK.url,
      calendar: NO_CALENDAR,
    });
    expect(
      choicesAfterDiscovery({ addressBook: 'https://gone/', calendar: 'https://gone/' }, nothing),
    ).toEqual({ addressBook: NEW_COLLECTION, calendar: NEW_COLLECTION });
  });
});

describe('Connect', () => {
  it('uses an existing address book and no calendar', () => {
    const draft = { ...typed, addressBook: WORK.url, calendar: NO_CALENDAR, syncWindows: true };
    expect(checkConnect(draft, found)).toEqual({
      ok: true,
      value: {
        serverUrl: 'nextcloud.example.org',
        calendarServerUrl: '',
        username: 'ana',
        password: ' secret ',
        addressBook: { url: WORK.url },
        calendar: null,
        // No calendar: the windows have nowhere to go.
        options: { syncNotes: false, syncWindows: false },
      },
    });
  });

  it('creates new collections with their trimmed names', () => {
    const draft = {
      ...typed,
      addressBook: NEW_COLLECTION,
      addressBookName: ' Netwell ',
      calendar: NEW_COLLECTION,
      calendarName: 'Networking',
      syncNotes: true,
      syncWindows: true,
    };
    const checked = checkConnect(draft, nothing);
    expect(checked).toMatchObject({
      ok: true,
      value: {
        addressBook: { create: 'Netwell' },
        calendar: { create: 'Networking' },
        options: { syncNotes: true, syncWindows: true },
      },
    });
  });

  it('refuses a missing name, or a collection the test did not find', () => {
    const draft = { ...typed, addressBookName: ' ', calendar: 'https://elsewhere/cal/' };
    expect(checkConnect(draft, found)).toEqual({
      ok: false,
      errors: {
        addressBookName: 'Give the new address book a name.',
        calendar: 'Test the connection again, then choose.',
      },
    });
    expect(checkConnect({ ...typed, calendarName: '' }, found)).toEqual({
      ok: false,
      errors: { calendarName: 'Give the new calendar a name.' },
    });
    expect(checkConnect({ ...typed, addressBook: '', calendar: '' }, found)).toEqual({
      ok: false,
      errors: {
        addressBook: 'Test the connection again, then choose.',
        calendar: 'Test the connection again, then choose.',
      },
    });
  });

  it('sends only what the contract takes', () => {
    const url = fc.constantFrom('', BOOK.url, WORK.url, CAL.url, NEW_COLLECTION, NO_CALENDAR);
    fc.assert(
      fc.property(
        url,
        url,
        fc.string({ maxLength: 120 }),
        fc.string({ maxLength: 120 }),
        fc.boolean(),
        fc.boolean(),
        (addressBook, calendar, addressBookName, calendarName, syncNotes, syncWindows) => {
          const checked = checkConnect(
            {
              ...typed,
              addressBook,
              calendar,
              addressBookName,
              calendarName,
              syncNotes,
              syncWindows,
            },
            found,
          );
          if (checked.ok)
            expect(SyncConnectInputSchema.safeParse(checked.value).success).toBe(true);
          else expect(Object.keys(checked.errors).length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('the core’s refusal', () => {
  it('goes to the fields it names', () => {
    expect(
      connectErrorsFromHost({
        code: 'invalid_input',
        message: 'Check the form.',
        issues: [
          { path: 'serverUrl', message: 'Give the server address.' },
          { path: 'addressBook.create', message: 'Give the new collection a name.' },
        ],
      }),
    ).toEqual({
      fields: {
        serverUrl: 'Give the server address.',
        addressBookName: 'Give the new collection a name.',
      },
      message: null,
    });
  });

  it('is said for the whole form when it names no field', () => {
    expect(
      connectErrorsFromHost({
        code: 'forbidden',
        message: 'The server refused the user name or password.',
      }),
    ).toEqual({ fields: {}, message: 'The server refused the user name or password.' });
    expect(
      connectErrorsFromHost({
        code: 'invalid_input',
        message: 'Check the form.',
        issues: [{ path: '', message: 'Only https, except for this computer.' }],
      }),
    ).toEqual({ fields: {}, message: 'Only https, except for this computer.' });
  });
});
