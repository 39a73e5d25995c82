import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

export { callApi } from './MeetingsPage';

export interface EventInput {
  name: string;
  kind?: 'Meetup' | 'Conference' | 'Trade show' | 'Dinner' | 'Webinar';
  startDate: string;
  startTime: string;
  endDate?: string;
  endTime: string;
  place?: string;
  city?: string;
  link?: string;
  notes?: string;
  going?: 'Going' | 'Maybe' | 'Not going';
}

export type InvitationLabel =
  'Not sent yet' | 'Invited' | 'Accepted' | 'Declined' | 'Tentative' | 'Delegated' | 'No reply';

/** The Events area: the new event form, upcoming and past events, each with its guest list. */
export class EventsPage {
  readonly shell: AppShell;
  readonly main: Locator;
  readonly newEventButton: Locator;
  readonly form: Locator;
  readonly errorSummary: Locator;
  readonly saveButton: Locator;
  readonly upcoming: Locator;
  readonly past: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.main = page.getByRole('main');
    this.newEventButton = this.main.getByRole('button', { name: 'New event' });
    this.form = this.main.getByRole('form', { name: 'New event' });
    this.errorSummary = this.form.getByRole('alert').filter({ hasText: 'need a look' });
    this.saveButton = this.form.getByRole('button', { name: 'Save event' });
    this.upcoming = this.main.getByRole('region', { name: /^Upcoming/ });
    this.past = this.main.getByRole('region', { name: /^Past/ });
  }

  async open(host: { url: string }): Promise<void> {
    await this.page.goto(`${host.url}/#/events`);
    await expect(this.shell.heading).toHaveText('Events');
  }

  /** An event card, by its name. */
  event(name: string | RegExp, within: Locator = this.main): Locator {
    return within.getByRole('article', { name });
  }

  async create(input: EventInput): Promise<void> {
    await this.newEventButton.click();
    await expect(this.form.getByRole('textbox', { name: 'Name' })).toBeFocused();
    await this.form.getByRole('textbox', { name: 'Name' }).fill(input.name);
    if (input.kind) await this.form.getByLabel('Kind').selectOption({ label: input.kind });
    await this.form.getByLabel('Start date').fill(input.startDate);
    await this.form.getByLabel('Start time').fill(input.startTime);
    if (input.endDate) await this.form.getByLabel('End date').fill(input.endDate);
    await this.form.getByLabel('End time').fill(input.endTime);
    if (input.place) await this.form.getByRole('textbox', { name: 'Place' }).fill(input.place);
    if (input.city) await this.form.getByRole('textbox', { name: 'City' }).fill(input.city);
    if (input.link) await this.form.getByRole('textbox', { name: 'Link' }).fill(input.link);
    if (input.notes) await this.form.getByRole('textbox', { name: 'Notes' }).fill(input.notes);
    if (input.going) await this.form.getByRole('radio', { name: input.going, exact: true }).check();
    await this.saveButton.click();
    await expect(this.form).toBeHidden();
  }

  /** The form an event's card turns into after "Edit". */
  editForm(event: Locator): Locator {
    return event.getByRole('form', { name: /^Edit event/ });
  }

  guests(event: Locator): Locator {
    return event.getByRole('region', { name: /^Guests/ });
  }

  /** Opens "Invite people", ticks each person, optionally "Mark as sent", and adds them. */
  async invite(event: Locator, names: string[], sent = false): Promise<void> {
    await event.getByRole('button', { name: /^Invite people/ }).click();
    const form = event.getByRole('form', { name: /^Invite people/ });
    for (const name of names) await form.getByRole('checkbox', { name }).check();
    if (sent) await form.getByRole('checkbox', { name: 'Mark as sent' }).check();
    await form.getByRole('button', { name: 'Add to guest list' }).click();
    await expect(form).toBeHidden();
  }

  invitation(event: Locator, name: string): Locator {
    return event.getByRole('combobox', { name: `Invitation for ${name}` });
  }

  async setInvitation(event: Locator, name: string, status: InvitationLabel): Promise<void> {
    await this.invitation(event, name).selectOption({ label: status });
  }

  whoDidYouMeet(event: Locator): Locator {
    return event.getByRole('form', { name: /^Who did you meet\?/ });
  }
}
