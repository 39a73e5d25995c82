/**
 * The contact form's CRM part ("More about them"): values as typed, the draft fields the host
 * expects, and messages for issue paths like "platforms.0.url" or "keepInTouch.every".
 */
import {
  ContactCrmFieldsSchema,
  type Cadence,
  type ContactCrmFieldsDraft,
  type CrmContact,
} from '../../../../electron/shared/crm/contact-crm-fields';
import type { Platform } from '../../../../electron/shared/crm/crm-common';
import type { FieldIssue } from '../../../../electron/shared/result';

export interface PlatformRow {
  platform: Platform;
  handle: string;
  url: string;
}

export interface CustomRow {
  key: string;
  value: string;
}

export type KeepMode = 'tags' | 'none' | 'cadence';

export interface CrmFormValues {
  city: string;
  platforms: PlatformRow[];
  met: boolean;
  metOn: string;
  keepMode: KeepMode;
  keepEvery: string;
  keepUnit: Cadence['unit'];
  customFields: CustomRow[];
  favourite: boolean;
}

export const emptyCrmForm: CrmFormValues = {
  city: '',
  platforms: [],
  met: false,
  metOn: '',
  keepMode: 'tags',
  keepEvery: '2',
  keepUnit: 'weeks',
  customFields: [],
  favourite: false,
};

export function crmFormFromContact(contact: CrmContact): CrmFormValues {
  const keep = contact.keepInTouch;
  return {
    city: contact.city,
    platforms: contact.platforms.map((p) => ({
      platform: p.platform,
      handle: p.handle,
      url: p.url ?? '',
    })),
    met: contact.metInPerson.met,
    metOn: contact.metInPerson.on ?? '',
    keepMode: keep === null ? 'tags' : keep === 'none' ? 'none' : 'cadence',
    keepEvery: keep && keep !== 'none' ? String(keep.every) : '2',
    keepUnit: keep && keep !== 'none' ? keep.unit : 'weeks',
    customFields: contact.customFields.map((f) => ({ ...f })),
    favourite: contact.favourite,
  };
}

/** What the draft carries for these fields (blank rows are left out, as if never added). */
export function crmDraftFromForm(
  values: CrmFormValues,
  metAtEventId: string | null = null,
): ContactCrmFieldsDraft {
  const every = Number(values.keepEvery.trim());
  return {
    city: values.city,
    platforms: values.platforms
      .filter((p) => p.handle.trim() || p.url.trim())
      .map((p) => ({ platform: p.platform, handle: p.handle, url: p.url.trim() || null })),
    metInPerson: {
      met: values.met,
      on: values.met && values.metOn ? values.metOn : null,
      atEventId: values.met ? metAtEventId : null,
    },
    keepInTouch:
      values.keepMode === 'tags'
        ? null
        : values.keepMode === 'none'
          ? 'none'
          : { every: values.keepEvery.trim() === '' ? NaN : every, unit: values.keepUnit },
    customFields: values.customFields.filter((f) => f.key.trim() || f.value.trim()),
    favourite: values.favourite,
  };
}

/** Keyed by the id of the control the message belongs to. */
export type CrmErrors = Record<string, string[]>;

/** Field ids, shared with the form so messages land next to their control. */
export const crmFieldId = {
  city: 'contact-city',
  platform: (i: number, part: 'platform' | 'handle' | 'url') => `contact-platform-${i}-${part}`,
  metOn: 'contact-met-on',
  keepMode: 'contact-keep-mode',
  keepEvery: 'contact-keep-every',
  customKey: (i: number) => `contact-custom-${i}-key`,
  customValue: (i: number) => `contact-custom-${i}-value`,
  customFields: 'contact-custom-0-key',
};

/** Labels in the error summary, by control id. */
export function crmLabelOf(id: string): string {
  const platform = /^contact-platform-(\d+)-(\w+)$/.exec(id);
  if (platform) {
    const part = { platform: 'platform', handle: 'handle', url: 'profile link' }[platform[2] ?? ''];
    return `Where we’re in touch, row ${Number(platform[1]) + 1} (${part ?? ''})`;
  }
  const custom = /^contact-custom-(\d+)-(key|value)$/.exec(id);
  if (custom)
    return `Custom field ${Number(custom[1]) + 1} (${custom[2] === 'key' ? 'name' : 'value'})`;
  return (
    {
      'contact-city': 'City',
      'contact-met-on': 'Met in person on',
      'contact-keep-mode': 'Keep in touch',
      'contact-keep-every': 'Keep in touch every',
    }[id] ?? 'More about them'
  );
}

/**
 * Maps issues to controls. The rows sent are the non-blank ones, so an index in a path is mapped
 * back to the row on screen.
 */
export function crmErrorsFromIssues(
  issues: FieldIssue[],
  values: CrmFormValues,
): { errors: CrmErrors; rest: FieldIssue[] } {
  const errors: CrmErrors = {};
  const rest: FieldIssue[] = [];
  const platformRows = values.platforms
    .map((p, i) => (p.handle.trim() || p.url.trim() ? i : -1))
    .filter((i) => i >= 0);
  const customRows = values.customFields
    .map((f, i) => (f.key.trim() || f.value.trim() ? i : -1))
    .filter((i) => i >= 0);
  const add = (id: string, message: string) => {
    const list = errors[id] ?? [];
    if (!list.includes(message)) errors[id] = [...list, message];
  };
  for (const issue of issues) {
    const parts = issue.path.replace(/^draft\.?/, '').split('.');
    const [head, second, third] = parts;
    switch (head) {
      case 'city':
        add(crmFieldId.city, issue.message);
        break;
      case 'platforms': {
        const row = platformRows[Number(second)] ?? 0;
        const part = third === 'url' ? 'url' : third === 'platform' ? 'platform' : 'handle';
        add(crmFieldId.platform(row, part), issue.message);
        break;
      }
      case 'metInPerson':
        add(crmFieldId.metOn, issue.message);
        break;
      case 'keepInTouch':
        add(crmFieldId.keepEvery, issue.message);
        break;
      case 'customFields': {
        if (second === undefined) {
          add(crmFieldId.customKey(customRows.at(-1) ?? 0), issue.message);
          break;
        }
        const row = customRows[Number(second)] ?? 0;
        add(
          third === 'value' ? crmFieldId.customValue(row) : crmFieldId.customKey(row),
          issue.message,
        );
        break;
      }
      case 'favourite':
        rest.push({ path: '', message: issue.message });
        break;
      default:
        rest.push(issue);
    }
  }
  return { errors, rest };
}

const CrmPartSchema = ContactCrmFieldsSchema.pick({
  city: true,
  platforms: true,
  metInPerson: true,
  keepInTouch: true,
  customFields: true,
  favourite: true,
});

const NUMBER_MESSAGE = 'Give a whole number from 1 to 365.';

/** The same checks the host makes on these fields, run in the window. */
export function validateCrm(values: CrmFormValues): {
  draft: ContactCrmFieldsDraft;
  errors: CrmErrors;
} {
  const draft = crmDraftFromForm(values);
  const result = CrmPartSchema.safeParse(draft);
  const issues: FieldIssue[] = result.success
    ? []
    : result.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message:
          issue.path[0] === 'keepInTouch' && issue.code !== 'too_big' && issue.code !== 'too_small'
            ? NUMBER_MESSAGE
            : issue.message,
      }));
  const { errors } = crmErrorsFromIssues(issues, values);
  return { draft, errors };
}
