import { describe, expect, it } from 'vitest';
import {
  draftFromForm,
  emptyContactForm,
  errorsFromIssues,
  formFromContact,
  hasErrors,
  noErrors,
  validateForm,
  type ContactFormValues,
} from '../../../../renderer/src/features/contacts/contactFormModel';
import { makeCrmContact } from '../../crm/crm-fixtures';

const form = (values: Partial<ContactFormValues>): ContactFormValues => ({
  ...emptyContactForm,
  name: 'Ana Lima',
  ...values,
});

describe('the contact form from a saved contact', () => {
  it('puts one email, phone or link per line and tags after commas', () => {
    const contact = makeCrmContact('c1', {
      name: 'Ana Lima',
      emails: ['ana@example.com', 'a@work.example'],
      phones: ['+44 20 7946 0000'],
      links: ['https://example.com/ana'],
      tags: ['mentor', 'lisboa'],
      howWeMet: 'A meetup.',
    });
    expect(formFromContact(contact)).toMatchObject({
      name: 'Ana Lima',
      emails: 'ana@example.com\na@work.example',
      phones: '+44 20 7946 0000',
      links: 'https://example.com/ana',
      tags: 'mentor, lisboa',
      howWeMet: 'A meetup.',
    });
  });

  it('and back gives the same lists', () => {
    const contact = makeCrmContact('c1', { emails: ['a@b.co', 'c@d.co'], tags: ['x', 'y z'] });
    const { draft } = draftFromForm(formFromContact(contact));
    expect(draft.emails).toEqual(['a@b.co', 'c@d.co']);
    expect(draft.tags).toEqual(['x', 'y z']);
  });
});

describe('the draft from what was typed', () => {
  it('trims list items, drops blank lines and remembers the line each came from', () => {
    const { draft, lists } = draftFromForm(
      form({ emails: '\n  ana@example.com \r\n\n b@example.com', tags: 'a, ,b\nc,' }),
    );
    expect(draft.emails).toEqual(['ana@example.com', 'b@example.com']);
    expect(lists.emails.positions).toEqual([2, 4]);
    expect(draft.tags).toEqual(['a', 'b', 'c']);
    expect(lists.tags.positions).toEqual([1, 3, 4]);
  });

  it('leaves text fields as typed (the schema trims them)', () => {
    expect(draftFromForm(form({ name: '  Ana  ', notes: ' n ' })).draft).toMatchObject({
      name: '  Ana  ',
      notes: ' n ',
    });
  });

  it('has empty lists for an empty form', () => {
    const { draft } = draftFromForm(emptyContactForm);
    expect([draft.emails, draft.phones, draft.links, draft.tags]).toEqual([[], [], [], []]);
  });
});

describe('checking the form in the window', () => {
  it('passes a name alone', () => {
    expect(hasErrors(validateForm(form({})).errors)).toBe(false);
  });

  it('asks for a name when it is empty or only spaces', () => {
    for (const name of ['', '   ']) {
      expect(validateForm(form({ name })).errors.fields.name).toEqual(['A contact needs a name.']);
    }
  });

  it('says a name is too long', () => {
    expect(validateForm(form({ name: 'x'.repeat(201) })).errors.fields.name).toEqual([
      'A name is at most 200 characters.',
    ]);
  });

  it('keeps long notes to the limit', () => {
    expect(validateForm(form({ notes: 'x'.repeat(20001) })).errors.fields.notes).toEqual([
      'Keep this under 20000 characters.',
    ]);
    expect(validateForm(form({ notes: 'x'.repeat(20000) })).errors.fields.notes).toBeUndefined();
  });

  it('names the line of a bad email when there are several, and not when it is the only one', () => {
    const several = validateForm(form({ emails: 'ana@example.com\n\nnot-an-email' }));
    expect(several.errors.fields.emails).toEqual([
      'Line 3: This does not look like an email address (name@example.com).',
    ]);
    const one = validateForm(form({ emails: 'not-an-email' }));
    expect(one.errors.fields.emails).toEqual([
      'This does not look like an email address (name@example.com).',
    ]);
  });

  it('names a bad item on line 2 even when it is the only one', () => {
    expect(validateForm(form({ phones: '\nabc' })).errors.fields.phones).toEqual([
      'Line 2: A phone number holds digits, spaces and + ( ) - . only.',
    ]);
  });

  it('wants profile links on https', () => {
    expect(validateForm(form({ links: 'http://example.com' })).errors.fields.links).toEqual([
      'A profile link must be a web address starting with https://',
    ]);
  });

  it('names a tag by its text', () => {
    expect(validateForm(form({ tags: `ok, ${'t'.repeat(41)}` })).errors.fields.tags).toEqual([
      `Tag “${'t'.repeat(41)}”: A tag is at most 40 characters.`,
    ]);
  });

  it('says how many items a list may hold', () => {
    const emails = Array.from({ length: 21 }, (_, i) => `p${i}@example.com`).join('\n');
    expect(validateForm(form({ emails })).errors.fields.emails).toEqual([
      'Keep it to 20 email addresses or fewer.',
    ]);
    const tags = Array.from({ length: 51 }, (_, i) => `t${i}`).join(',');
    expect(validateForm(form({ tags })).errors.fields.tags).toEqual([
      'Keep it to 50 tags or fewer.',
    ]);
  });
});

describe('issues the host sends back', () => {
  const parsed = draftFromForm(form({ emails: 'a@b.co\nc@d.co' }));

  it('land on their field, past the update call’s "draft." prefix, once each', () => {
    const errors = errorsFromIssues(
      [
        { path: 'draft.emails.1', message: 'Taken.' },
        { path: 'draft.emails.1', message: 'Taken.' },
        { path: 'company', message: 'Too long.' },
      ],
      parsed,
    );
    expect(errors.fields).toEqual({ emails: ['Line 2: Taken.'], company: ['Too long.'] });
    expect(errors.general).toEqual([]);
  });

  it('that belong to no field are general', () => {
    const errors = errorsFromIssues(
      [
        { path: '', message: 'The contact changed elsewhere.' },
        { path: 'draft.version', message: 'Old version.' },
      ],
      parsed,
    );
    expect(errors).toEqual({
      fields: {},
      general: ['The contact changed elsewhere.', 'Old version.'],
    });
    expect(hasErrors(errors)).toBe(true);
    expect(hasErrors(noErrors)).toBe(false);
  });
});
