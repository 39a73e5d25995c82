import { createCore } from '../../electron/core/app/create-core';
import type { HostPort } from '../../electron/core/ports';
import { ManualClock } from '../fixtures/manual-clock';
import { dispatch } from '../../electron/core/dispatch';

import type { ContactPage } from '../../electron/shared/contact-page';
import type { CallName } from '../../electron/shared/contract';
import { allContactRows } from '../fixtures/all-contacts';
import { confFactory, fakeHost } from '../main/test-core';
import { tempDir } from './temp-dir';

/**
 * The whole core on a temporary data folder at a manual clock (Monday 2 March 2026, 09:00 UTC
 * unless said otherwise), driven through the contract as the hosts drive it: `call` returns the
 * value and throws on a failure, `attempt` returns the Result, `contacts` reads a whole list (every
 * page of `contacts.page`). Any unexpected error fails the test.
 */
export async function coreAt(
  start = '2026-03-02T09:00:00Z',
  {
    dataDir = tempDir(),
    host = fakeHost({ systemTimeZone: () => 'UTC' }),
  }: { dataDir?: string; host?: HostPort } = {},
) {
  const clock = new ManualClock(start);
  const core = await createCore({
    dataDir,
    clock,
    settingsFactory: confFactory,
    host,
    log: (e) => {
      throw e;
    },
  });
  const call = async <T = never>(name: CallName, input?: unknown): Promise<T> => {
    const result = await dispatch(core.handlers, name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value as T;
  };
  const attempt = (name: CallName, input?: unknown) => dispatch(core.handlers, name, input);
  const contacts = (search?: Parameters<typeof allContactRows>[1]) =>
    allContactRows((request) => call<ContactPage>('contacts.page', request), search);
  return { clock, core, call, attempt, contacts, dataDir };
}
