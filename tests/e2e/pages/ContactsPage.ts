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
    this.form = main.locator('form');
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

  /** The visible value(s) shown for a field in the detail view ("Emails", "Profile links"...). */
  detailValue(label: string | RegExp): Locator {
    return this.detail
      .locator('.detail-row')
      .filter({ has: this.page.locator('dt', { hasText: label }) })
      .locator('dd');
  }
}
