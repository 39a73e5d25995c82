import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Discovery, SyncStatus } from '../../../../../electron/shared/sync';
import { netwell } from '../../../bridge/netwell';
import { Field, FieldFrame } from '../../../components/Field';
import { showToast } from '../../../components/toasts';
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
  windowsNeedCalendar,
  type ConnectDraft,
  type ConnectErrors,
} from './syncConnectFormModel';
import { collectionName, passwordStorageText } from './syncStatusModel';
import { SyncOptionChecks } from './SyncOptionChecks';
import { withSyncStatus } from './useSyncStatus';

/** What the live region under "Test connection" says. */
type TestState =
  | { kind: 'none' }
  | { kind: 'testing' }
  | { kind: 'found'; text: string }
  | { kind: 'failed'; message: string };

const errorList = (message: string | undefined) => (message ? [message] : []);

/**
 * "Connect an account": the server, the user name and an app password; a test that finds the
 * address books and calendars; then which ones to use, and Connect.
 */
export function SyncConnectForm({
  passwordStorage,
  focusOnShow,
  onConnected,
}: {
  passwordStorage: SyncStatus['passwordStorage'];
  /** Just disconnected: the form takes the focus the account had. */
  focusOnShow: boolean;
  onConnected: () => void;
}) {
  const [draft, setDraft] = useState<ConnectDraft>(emptyConnectDraft);
  const [errors, setErrors] = useState<ConnectErrors>({});
  const [discovery, setDiscovery] = useState<Discovery | null>(null);
  const [test, setTest] = useState<TestState>({ kind: 'none' });
  const [busy, setBusy] = useState(false);
  const [connectError, setConnectError] = useState<string | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusOnShow) titleRef.current?.focus();
  }, [focusOnShow]);

  useEffect(() => {
    if (focusTick) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusTick]);

  const edit = <K extends keyof ConnectDraft>(field: K, value: ConnectDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
    setConnectError(null);
    // The choices came from the account tested: another account needs its own test.
    if (changesCredentials(field) && discovery) {
      setDiscovery(null);
      setTest({ kind: 'none' });
    }
  };

  const refuse = (next: ConnectErrors) => {
    setErrors(next);
    setFocusTick((n) => n + 1);
  };

  const testConnection = async () => {
    if (busy) return;
    const checked = checkCredentials(draft);
    if (!checked.ok) return refuse(checked.errors);
    setErrors({});
    setConnectError(null);
    setBusy(true);
    setTest({ kind: 'testing' });
    const result = await netwell.sync.discover(checked.value);
    setBusy(false);
    if (!result.ok) {
      const { fields, message } = connectErrorsFromHost(result.error);
      setDiscovery(null);
      setTest(message ? { kind: 'failed', message } : { kind: 'none' });
      if (Object.keys(fields).length > 0) refuse(fields);
      return;
    }
    setDiscovery(result.value);
    setDraft((current) => ({ ...current, ...choicesAfterDiscovery(current, result.value) }));
    setTest({ kind: 'found', text: discoveryText(result.value) });
  };

  const connect = async () => {
    if (busy || !discovery) return;
    const checked = checkConnect(draft, discovery);
    if (!checked.ok) return refuse(checked.errors);
    setBusy(true);
    setConnectError(null);
    const result = await withSyncStatus(netwell.sync.connect(checked.value));
    setBusy(false);
    if (!result.ok) {
      const { fields, message } = connectErrorsFromHost(result.error);
      setConnectError(message);
      if (Object.keys(fields).length > 0) refuse(fields);
      return;
    }
    showToast(`Connected to ${result.value.account?.serverUrl ?? discovery.serverUrl}.`);
    onConnected();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // Enter tests first; once the test has found the collections, it connects.
    void (discovery ? connect() : testConnection());
  };

  const noCalendar = windowsNeedCalendar(draft);

  return (
    <form
      ref={formRef}
      className="sync-connect"
      aria-labelledby="sync-connect-title"
      onSubmit={onSubmit}
      noValidate
    >
      <h3 id="sync-connect-title" className="settings-subtitle" ref={titleRef} tabIndex={-1}>
        Connect an account
      </h3>
      <div className="sync-credentials">
        <Field
          id="sync-server"
          label="Server"
          hint="Its address or just the domain: nextcloud.example.org, contacts.icloud.com, carddav.fastmail.com, …"
          value={draft.serverUrl}
          errors={errorList(errors.serverUrl)}
          autoComplete="url"
          onChange={(value) => edit('serverUrl', value)}
        />
        <Field
          id="sync-calendar-server"
          label="Calendar server (if it is another)"
          hint="iCloud: caldav.icloud.com, Fastmail: caldav.fastmail.com. Leave empty for the same server."
          value={draft.calendarServerUrl}
          errors={errorList(errors.calendarServerUrl)}
          autoComplete="url"
          onChange={(value) => edit('calendarServerUrl', value)}
        />
        <Field
          id="sync-username"
          label="User name"
          value={draft.username}
          errors={errorList(errors.username)}
          autoComplete="username"
          onChange={(value) => edit('username', value)}
        />
        <FieldFrame id="sync-password" label="App password" errors={errorList(errors.password)}>
          {(aria) => (
            <input
              {...aria}
              type="password"
              name="sync-password"
              className="input"
              autoComplete="off"
              value={draft.password}
              onChange={(event) => edit('password', event.target.value)}
            />
          )}
        </FieldFrame>
      </div>
      <p className="muted sync-password-note">
        Make an app password for Netwell in your account’s security settings.{' '}
        {passwordStorageText(passwordStorage)}
      </p>

      <div className="form-actions sync-test">
        {/* Until a test has found the collections, Enter in a field tests (the form's submit). */}
        <button
          type={discovery ? 'button' : 'submit'}
          className={discovery ? 'button' : 'button button-primary'}
          disabled={busy}
          onClick={discovery ? () => void testConnection() : undefined}
        >
          Test connection
        </button>
      </div>
      <div className="sync-test-result" role="status" aria-live="polite">
        {test.kind === 'testing' && <p>Testing the connection…</p>}
        {test.kind === 'found' && <p className="sync-found">{test.text}</p>}
        {test.kind === 'failed' && <p className="inline-error">{test.message}</p>}
      </div>

      {discovery && (
        <div className="sync-choices">
          <FieldFrame
            id="sync-address-book"
            label="Address book"
            hint="Your contacts go both ways between Netwell and this address book."
            errors={errorList(errors.addressBook)}
          >
            {(aria) => (
              <select
                {...aria}
                className="input"
                value={draft.addressBook}
                onChange={(event) => edit('addressBook', event.target.value)}
              >
                {discovery.addressBooks.map((book) => (
                  <option key={book.url} value={book.url}>
                    {collectionName(book)}
                  </option>
                ))}
                <option value={NEW_COLLECTION}>Create a new address book</option>
              </select>
            )}
          </FieldFrame>
          {draft.addressBook === NEW_COLLECTION && (
            <Field
              id="sync-address-book-name"
              label="Name of the new address book"
              value={draft.addressBookName}
              errors={errorList(errors.addressBookName)}
              onChange={(value) => edit('addressBookName', value)}
            />
          )}
          <FieldFrame
            id="sync-calendar"
            label="Calendar"
            hint="Your meetings and events go both ways between Netwell and this calendar."
            errors={errorList(errors.calendar)}
          >
            {(aria) => (
              <select
                {...aria}
                className="input"
                value={draft.calendar}
                onChange={(event) => edit('calendar', event.target.value)}
              >
                <option value={NO_CALENDAR}>No calendar</option>
                {discovery.calendars.map((calendar) => (
                  <option key={calendar.url} value={calendar.url}>
                    {collectionName(calendar)}
                  </option>
                ))}
                <option value={NEW_COLLECTION}>Create a new calendar</option>
              </select>
            )}
          </FieldFrame>
          {draft.calendar === NEW_COLLECTION && (
            <Field
              id="sync-calendar-name"
              label="Name of the new calendar"
              value={draft.calendarName}
              errors={errorList(errors.calendarName)}
              onChange={(value) => edit('calendarName', value)}
            />
          )}
          <SyncOptionChecks
            idPrefix="sync-connect"
            syncNotes={draft.syncNotes}
            syncWindows={draft.syncWindows && !noCalendar}
            windowsDisabled={noCalendar}
            onChange={(field, value) => edit(field, value)}
          />
          {connectError && (
            <p className="inline-error" role="alert">
              {connectError}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              Connect
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
