import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

export interface ContactInput {
  name?: string;
  company?: string;
  role?: string;
  emails?: string[];
  phones?: string[];
  links?: string[];
  tags?: string[];
  howWeMet?: string;
  notes?: string;
}

/** Labels of the contact form's fields, as the user sees them. */
export const FIELD_LABELS = {
  name: 'Name',
  company: 'Company',
  role: 'Role',
  emails: 'Emails',
  phones: 'Phones',
  links: 'Profile links',
  tags: 'Tags',
  howWeMet: 'How we met',
  notes: 'Notes',
} as const;
export type FieldKey = keyof typeof FIELD_LABELS;

/** The Contacts area: search and list, the contact form, the detail view. */
export class ContactsPage {
  readonly shell: AppShell;
  readonly newContactButton: Locator;
  readonly search: Locator;
  readonly count: Locator;
  readonly list: Locator;
  readonly emptyState: Locator;
  readonly form: Locator;
  readonly formHeading: Locator;
  readonly errorSummary: Locator;
  readonly saveButton: Locator;
  readonly cancelButton: Locator;
  readonly detail: Locator;
  readonly detailHeading: Locator;
  readonly editButton: Locator;
  readonly deleteButton: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    const main = page.getByRole('main');
    this.newContactButton = main.getByRole('button', { name: 'New contact' });
    this.search = main.getByRole('searchbox', { name: 'Search contacts' });
    this.count = main.locator('.contacts-count');
    this.list = main.getByRole('list', { name: 'Contacts' });
    this.emptyState = main.getByText('No contacts yet.');
    // The contact form itself (the contact page holds smaller CRM forms too).
    this.form = main.locator('.contact-form form');
    this.formHeading = main.getByRole('heading', { level: 2, name: /^(New contact|Edit )/ });
    this.errorSummary = this.form.getByRole('alert');
    this.saveButton = main.getByRole('button', { name: 'Save contact' });
    this.cancelButton = main.getByRole('button', { name: 'Cancel' });
    this.detail = main.getByRole('article');
    this.detailHeading = this.detail.getByRole('heading', { level: 2 });
    this.editButton = this.detail.getByRole('button', { name: 'Edit', exact: true });
    this.deleteButton = this.detail.getByRole('button', { name: 'Delete', exact: true });
  }

  /** Opens Contacts on the given host (by address; `shell.goTo('Contacts')` clicks the navigation). */
  async open(host: { url: string }): Promise<void> {
    await this.page.goto(`${host.url}/#/contacts`);
    await expect(this.shell.heading).toHaveText('Contacts');
  }

  field(key: FieldKey): Locator {
    return this.form.getByRole('textbox', { name: FIELD_LABELS[key], exact: true });
  }

  listItem(name: string | RegExp): Locator {
    return this.list.getByRole('link', { name });
  }

  async fill(input: ContactInput): Promise<void> {
    for (const [key, value] of Object.entries(input) as [FieldKey, string | string[]][]) {
      const text = Array.isArray(value) ? value.join(key === 'tags' ? ', ' : '\n') : value;
      await this.field(key).fill(text);
    }
  }

  /** Opens the form, fills it, saves, and waits for the detail view of the new contact. */
  async add(input: ContactInput & { name: string }): Promise<void> {
    await this.newContactButton.click();
    await expect(this.formHeading).toHaveText('New contact');
    await this.fill(input);
    await this.saveButton.click();
    await expect(this.detailHeading).toHaveText(input.name);
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }

  async choose(name: string | RegExp): Promise<void> {
    await this.listItem(name).click();
  }

  // --- The CRM ---------------------------------------------------------------------------------

  /** "Active", "Favourites", "Archived", "Blocked". */
  filter(name: 'Active' | 'Favourites' | 'Archived' | 'Blocked'): Locator {
    return this.page.getByRole('main').getByRole('radio', { name, exact: true });
  }

  get reconnect(): Locator {
    return this.page.getByRole('main').getByRole('region', { name: 'Time to reconnect' });
  }

  reconnectItem(name: string): Locator {
    return this.reconnect.getByRole('listitem').filter({ hasText: name });
  }

  get keptRate(): Locator {
    return this.page.getByRole('main').locator('.kept-rate-header');
  }

  /** A section of the contact page: Relationship, Timeline, Commitments, Follow-ups, Introductions. */
  section(name: string): Locator {
    return this.detail.getByRole('region', { name, exact: true });
  }

  get timeline(): Locator {
    return this.detail.getByRole('list', { name: 'Interactions, newest first' });
  }

  detailButton(name: string | RegExp): Locator {
    return this.detail.getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** Opens "More about them" in the form (if closed) and sets "Keep in touch". */
  async setKeepInTouch(every: number, unit: 'days' | 'weeks' | 'months'): Promise<void> {
    await this.openMore();
    await this.form.getByRole('combobox', { name: 'Remind me' }).selectOption('cadence');
    await this.form.getByRole('spinbutton', { name: 'Every' }).fill(String(every));
    await this.form.getByRole('combobox', { name: 'Unit' }).selectOption(unit);
  }

  async openMore(): Promise<void> {
    const details = this.form.locator('details.form-more');
    if ((await details.getAttribute('open')) === null) {
      await details.locator('summary').click();
    }
  }

  /** Adds a contact with a keep-in-touch cadence. */
  async addWithCadence(
    input: ContactInput & { name: string },
    every: number,
    unit: 'days' | 'weeks' | 'months',
  ): Promise<void> {
    await this.newContactButton.click();
    await this.fill(input);
    await this.setKeepInTouch(every, unit);
    await this.saveButton.click();
    await expect(this.detailHeading).toHaveText(input.name);
  }

  /** Logs an interaction from the contact page's Timeline. */
  async logInteraction(input: {
    kind: string;
    direction: 'They reached out' | 'You reached out';
    channel: string;
    note?: string;
  }): Promise<void> {
    const timeline = this.section('Timeline');
    await timeline.getByRole('button', { name: 'Log interaction' }).click();
    const form = timeline.getByRole('group', { name: 'Log an interaction' });
    await form.getByRole('combobox', { name: 'Kind' }).selectOption({ label: input.kind });
    await form.getByRole('combobox', { name: 'Where' }).selectOption({ label: input.channel });
    await form.getByRole('radio', { name: input.direction }).check();
    if (input.note) await form.getByRole('textbox', { name: /^Note/ }).fill(input.note);
    await form.getByRole('button', { name: 'Log interaction' }).click();
    await expect(form).toBeHidden();
  }

  /**
   * A contact with everything filled (for axe and the screenshot): CRM fields, two interactions,
   * a commitment, a follow-up and an introduction to a second person. Ends on Ana's page.
   */
  async addRichContact(): Promise<void> {
    await this.add({ name: 'Ben Okafor', company: 'Northwind', role: 'Engineer' });
    await this.newContactButton.click();
    await this.fill({
      name: 'Ana Lima',
      company: 'Acme',
      role: 'Design lead',
      emails: ['ana@example.com'],
      tags: ['design', 'mentor'],
      howWeMet: 'UX meetup in Lisbon',
      notes: 'Ask how the book is going.',
    });
    await this.setKeepInTouch(6, 'weeks');
    await this.form.getByRole('textbox', { name: 'City', exact: true }).fill('Lisbon');
    await this.form.getByRole('checkbox', { name: 'Favourite' }).check();
    await this.form.getByRole('button', { name: 'Add a platform' }).click();
    await this.form.getByRole('textbox', { name: 'Handle' }).fill('ana-lima');
    await this.form
      .getByRole('textbox', { name: 'Profile link', exact: true })
      .fill('https://www.linkedin.com/in/ana-lima');
    await this.form.getByRole('checkbox', { name: 'We have met in person' }).check();
    await this.form.getByLabel('Met in person on').fill('2026-10-14');
    await this.form.getByRole('button', { name: 'Add a custom field' }).click();
    await this.form.getByRole('textbox', { name: 'Field name' }).fill('Coffee');
    await this.form.getByRole('textbox', { name: 'Value' }).fill('Flat white');
    await this.saveButton.click();
    await expect(this.detailHeading).toHaveText('Ana Lima');

    await this.logInteraction({
      kind: 'Call',
      direction: 'They reached out',
      channel: 'Phone',
      note: 'Talked about the design systems talk in January.',
    });
    await this.logInteraction({
      kind: 'Message',
      direction: 'You reached out',
      channel: 'LinkedIn',
      note: 'Sent the article on calm interfaces.',
    });
    const commitments = this.section('Commitments');
    await commitments.getByRole('textbox', { name: 'I said I’d…' }).fill('Send her my talk slides');
    await commitments.getByLabel('By', { exact: true }).fill('2026-12-09');
    await commitments.getByRole('button', { name: 'Add commitment' }).click();
    await expect(commitments.getByRole('listitem')).toHaveCount(1);
    const followUps = this.section('Follow-ups');
    await followUps
      .getByRole('textbox', { name: 'Follow up on' })
      .fill('Ask about the book launch');
    await followUps.getByLabel('On', { exact: true }).fill('2026-12-16');
    await followUps.getByRole('button', { name: 'Add follow-up' }).click();
    await expect(followUps.getByRole('listitem')).toHaveCount(1);
    const intros = this.section('Introductions');
    await intros
      .getByRole('combobox', { name: 'Introduce to…' })
      .selectOption({ label: 'Ben Okafor' });
    await intros.getByRole('button', { name: 'Introduce' }).click();
    await expect(intros.getByRole('listitem')).toHaveCount(1);
  }

  /** The visible value(s) shown for a field in the detail view ("Emails", "Profile links"...). */
  detailValue(label: string | RegExp): Locator {
    return this.detail
      .locator('.detail-row')
      .filter({ has: this.page.locator('dt', { hasText: label }) })
      .locator('dd');
  }
}
