/**
 * The contact form's text fields and the draft the host expects, both ways, and the mapping of
 * validation issues (paths like "emails.1") back to what the user sees ("Line 2: ...").
 */
import {
  ContactDraftSchema,
  type Contact,
  type ContactDraft,
} from '../../../../electron/shared/contact';
import type { FieldIssue } from '../../../../electron/shared/result';

export interface ContactFormValues {
  name: string;
  company: string;
  role: string;
  emails: string;
  phones: string;
  links: string;
  tags: string;
  howWeMet: string;
  notes: string;
}
export type FieldName = keyof ContactFormValues;

/** Form order: the error summary lists problems in this order. */
export const FIELD_ORDER: FieldName[] = [
  'name',
  'company',
  'role',
  'emails',
  'phones',
  'links',
  'tags',
  'howWeMet',
  'notes',
];

export const FIELD_LABELS: Record<FieldName, string> = {
  name: 'Name',
  company: 'Company',
  role: 'Role',
  emails: 'Emails',
  phones: 'Phones',
  links: 'Profile links',
  tags: 'Tags',
  howWeMet: 'How we met',
  notes: 'Notes',
};

export const emptyContactForm: ContactFormValues = {
  name: '',
  company: '',
  role: '',
  emails: '',
  phones: '',
  links: '',
  tags: '',
  howWeMet: '',
  notes: '',
};

export function formFromContact(contact: Contact): ContactFormValues {
  return {
    name: contact.name,
    company: contact.company,
    role: contact.role,
    emails: contact.emails.join('\n'),
    phones: contact.phones.join('\n'),
    links: contact.links.join('\n'),
    tags: contact.tags.join(', '),
    howWeMet: contact.howWeMet,
    notes: contact.notes,
  };
}

type ListField = 'emails' | 'phones' | 'links' | 'tags';
const LIST_FIELDS: ListField[] = ['emails', 'phones', 'links', 'tags'];

/** A list field split into items, remembering where each item came from (line or tag number). */
interface Split {
  items: string[];
  /** 1-based line (or position, for tags) of each item. */
  positions: number[];
}

function split(text: string, separator: RegExp): Split {
  const items: string[] = [];
  const positions: number[] = [];
  text.split(separator).forEach((part, index) => {
    const item = part.trim();
    if (item) {
      items.push(item);
      positions.push(index + 1);
    }
  });
  return { items, positions };
}

export interface ParsedForm {
  draft: ContactDraft;
  lists: Record<ListField, Split>;
}

export function draftFromForm(values: ContactFormValues): ParsedForm {
  const lists: Record<ListField, Split> = {
    emails: split(values.emails, /\r?\n/),
    phones: split(values.phones, /\r?\n/),
    links: split(values.links, /\r?\n/),
    tags: split(values.tags, /[,\n]/),
  };
  return {
    draft: {
      name: values.name,
      company: values.company,
      role: values.role,
      emails: lists.emails.items,
      phones: lists.phones.items,
      links: lists.links.items,
      tags: lists.tags.items,
      howWeMet: values.howWeMet,
      notes: values.notes,
    },
    lists,
  };
}

export type FieldErrors = Partial<Record<FieldName, string[]>>;

export interface FormErrors {
  fields: FieldErrors;
  /** Problems that belong to no single field (e.g. the host could not be reached). */
  general: string[];
}

export const noErrors: FormErrors = { fields: {}, general: [] };

export function hasErrors(errors: FormErrors): boolean {
  return errors.general.length > 0 || Object.keys(errors.fields).length > 0;
}

const TOO_MANY: Record<ListField, string> = {
  emails: 'Keep it to 20 email addresses or fewer.',
  phones: 'Keep it to 20 phone numbers or fewer.',
  links: 'Keep it to 20 profile links or fewer.',
  tags: 'Keep it to 50 tags or fewer.',
};

const isField = (key: string): key is FieldName => (FIELD_ORDER as string[]).includes(key);
const isListField = (key: FieldName): key is ListField => (LIST_FIELDS as string[]).includes(key);

/**
 * Turns issues from the schema or the host into messages on fields. Paths may carry the update
 * call's "draft." prefix; list items become "Line 2: ..." (or 'Tag "x": ...').
 */
export function errorsFromIssues(issues: FieldIssue[], parsed: ParsedForm): FormErrors {
  const fields: FieldErrors = {};
  const general: string[] = [];
  for (const issue of issues) {
    const [head, index] = issue.path.replace(/^draft\.?/, '').split('.');
    if (!head || !isField(head)) {
      general.push(issue.message);
      continue;
    }
    let message = issue.message;
    if (isListField(head)) {
      const list = parsed.lists[head];
      const at = index === undefined ? NaN : Number(index);
      if (Number.isNaN(at)) message = TOO_MANY[head];
      else if (head === 'tags') message = `Tag “${list.items[at] ?? ''}”: ${issue.message}`;
      else if (list.items.length > 1 || (list.positions[at] ?? 1) > 1)
        message = `Line ${list.positions[at] ?? at + 1}: ${issue.message}`;
    }
    const existing = fields[head] ?? [];
    if (!existing.includes(message)) fields[head] = [...existing, message];
  }
  return { fields, general };
}

/** The same checks the host makes, run at once in the window. */
export function validateForm(values: ContactFormValues): {
  parsed: ParsedForm;
  errors: FormErrors;
} {
  const parsed = draftFromForm(values);
  const result = ContactDraftSchema.safeParse(parsed.draft);
  const issues = result.success
    ? []
    : result.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      }));
  return { parsed, errors: errorsFromIssues(issues, parsed) };
}
