import { expect, type Locator, type Page } from '@playwright/test';
import type { ContactFilter, ContactPage } from '../../../electron/shared/contact-page';
import { allContactRows } from '../../fixtures/all-contacts';
import { AppShell } from './AppShell';

/**
 * Calls the host's contract the way the page's own bridge does (a WebSocket to /api): for
 * setting up data quickly. Throws with the host's message when the call fails.
 */
export async function callApi<T = unknown>(page: Page, name: string, input?: unknown): Promise<T> {
  const result = await page.evaluate(
    async ({ name, input }) => {
      const socket = new WebSocket(`ws://${location.host}/api`);
      await new Promise((r) => socket.addEventListener('open', r));
      const reply = new Promise<string>((r) =>
        socket.addEventListener('message', (m) => {
          if (String(m.data).includes('"type":"result"')) r(String(m.data));
        }),
      );
      socket.send(JSON.stringify({ type: 'call', id: 1, name, input }));
      const text = await reply;
      socket.close();
      return JSON.parse(text) as {
        result: { ok: boolean; value?: unknown; error?: { message: string } };
      };
    },
    { name, input },
  );
  if (!result.result.ok) throw new Error(`${name} failed: ${result.result.error?.message ?? ''}`);
  return result.result.value as T;
}

/** Every row of a contact list (active unless said otherwise), page after page, through callApi. */
export function allContacts(page: Page, search?: { query?: string; filter?: ContactFilter }) {
  return allContactRows((request) => callApi<ContactPage>(page, 'contacts.page', request), search);
}

export interface MeetingInput {
  kind?: 'Coffee' | 'Lunch' | 'Call' | 'Visit' | 'Walk';
  date: string;
  time: string;
  minutes?: number;
  place?: string;
  people?: string[];
  agenda?: string;
}

/** The Meetings area: the sections, the proposal form, the suggestions. */
export class MeetingsPage {
  readonly shell: AppShell;
  readonly main: Locator;
  readonly proposeButton: Locator;
  readonly form: Locator;
  readonly errorSummary: Locator;
  readonly submitButton: Locator;
  readonly pastQuestion: Locator;
  readonly recordItButton: Locator;
  readonly comingUp: Locator;
  readonly proposed: Locator;
  readonly past: Locator;
  readonly suggestions: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.main = page.getByRole('main');
    this.proposeButton = this.main.getByRole('button', { name: 'Propose a meeting' });
    this.form = this.main.getByRole('form', { name: 'Propose a meeting' });
    this.errorSummary = this.form.getByRole('alert').filter({ hasText: 'need a look' });
    this.submitButton = this.form.getByRole('button', { name: 'Propose meeting' });
    this.pastQuestion = this.form.getByRole('alert').filter({ hasText: 'in the past' });
    this.recordItButton = this.form.getByRole('button', { name: 'Yes, record it' });
    this.comingUp = this.main.getByRole('region', { name: /^Coming up/ });
    this.proposed = this.main.getByRole('region', { name: /^Proposed, awaiting a reply/ });
    this.past = this.main.getByRole('region', { name: /^Past/ });
    this.suggestions = this.main.getByRole('region', { name: 'People you could meet' });
  }

  async open(host: { url: string }, path = ''): Promise<void> {
    await this.page.goto(`${host.url}/#/meetings${path}`);
    await expect(this.shell.heading).toHaveText('Meetings');
  }

  /** A meeting card, by its title ("Coffee with Ana Lima"). */
  meeting(title: string | RegExp, within: Locator = this.main): Locator {
    return within.getByRole('article', { name: title });
  }

  action(meeting: Locator, name: 'Confirm' | 'Reschedule' | 'Cancel' | 'Mark as done'): Locator {
    return meeting.getByRole('button', { name: new RegExp(`^${name}\\b`) });
  }

  async fill(input: MeetingInput): Promise<void> {
    if (input.kind) await this.form.getByRole('radio', { name: input.kind }).check();
    await this.form.getByLabel('Date', { exact: true }).fill(input.date);
    await this.form.getByLabel('Time', { exact: true }).fill(input.time);
    if (input.minutes !== undefined)
      await this.form.getByLabel('Duration (minutes)').fill(String(input.minutes));
    if (input.place !== undefined)
      await this.form.getByRole('textbox', { name: 'Place' }).fill(input.place);
    for (const name of input.people ?? []) {
      await this.form.getByRole('searchbox', { name: 'Find someone to add' }).fill(name);
      // Choosing moves the person to the "Chosen" list.
      await this.form.getByRole('list', { name: 'Contacts to add' }).getByLabel(name).click();
      await expect(this.form.getByRole('list', { name: 'Chosen' }).getByLabel(name)).toBeChecked();
    }
    if (input.agenda !== undefined)
      await this.form.getByRole('textbox', { name: 'Agenda' }).fill(input.agenda);
  }

  /** Opens the form, fills it and proposes; waits for the form to close. */
  async propose(input: MeetingInput): Promise<void> {
    if (!(await this.form.isVisible())) await this.proposeButton.click();
    await this.fill(input);
    await this.submitButton.click();
    await expect(this.form).toBeHidden();
  }

  async markDone(meeting: Locator, note: string): Promise<void> {
    await this.action(meeting, 'Mark as done').click();
    await meeting.getByRole('textbox', { name: 'How did it go?' }).fill(note);
    await meeting.getByRole('button', { name: 'Save and mark as done' }).click();
  }
}

/** The clock the seeded data is written around: a Wednesday morning. */
export const SEED_NOW = '2026-12-02T09:00:00Z';

/**
 * A Meetings page with something in every section: a confirmed coffee tomorrow that overlaps a
 * proposed lunch, a walk that happened (with its note), and someone worth a coffee. Expects the
 * host's clock at SEED_NOW and the page on the host.
 */
export async function seedMeetings(page: Page): Promise<void> {
  const add = (name: string, company = '') =>
    callApi<{ id: string }>(page, 'contacts.create', { name, company });
  const ana = await add('Ana Lima', 'Acme');
  const ben = await add('Ben Costa', 'Northwind');
  const cy = await add('Cy Okafor', 'Lumen');
  const dee = await add('Dee Marsh');
  for (const day of ['2026-10-02', '2026-10-20', '2026-11-15']) {
    await callApi(page, 'interactions.log', {
      contactId: dee.id,
      kind: 'message',
      direction: 'inbound',
      channel: 'linkedin',
      at: `${day}T10:00:00.000Z`,
    });
  }
  const propose = (input: Record<string, unknown>) =>
    callApi<{ id: string }>(page, 'meetings.propose', input);
  const coffee = await propose({
    kind: 'coffee',
    start: '2026-12-03T10:00:00.000Z',
    durationMin: 45,
    place: 'Café Central, Lisbon',
    contactIds: [ana.id],
    agenda: 'Her new book, and the design meetup in January.',
  });
  await callApi(page, 'meetings.transition', { id: coffee.id, action: { to: 'confirmed' } });
  await propose({
    kind: 'lunch',
    start: '2026-12-03T10:30:00.000Z',
    durationMin: 60,
    place: 'Mercado da Ribeira',
    contactIds: [ben.id, cy.id],
  });
  const walk = await propose({
    kind: 'walk',
    start: '2026-11-28T16:00:00.000Z',
    durationMin: 60,
    place: 'Jardim da Estrela',
    contactIds: [cy.id],
    confirmPast: true,
  });
  await callApi(page, 'meetings.transition', { id: walk.id, action: { to: 'confirmed' } });
  await callApi(page, 'meetings.transition', {
    id: walk.id,
    action: { to: 'done', note: 'Talked about moving to Porto. Send her the housing link.' },
  });
}
