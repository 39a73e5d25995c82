import { describe, expect, it } from 'vitest';
import type { KeepInTouch } from '../../../../electron/shared/crm/contact-crm-fields';
import {
  crmDraftFromForm,
  crmErrorsFromIssues,
  crmFieldId,
  crmFormFromContact,
  crmLabelOf,
  emptyCrmForm,
  validateCrm,
  type CrmFormValues,
} from '../../../../renderer/src/features/contacts/crmFormModel';
import { makeCrmContact } from '../../crm/crm-fixtures';

const form = (values: Partial<CrmFormValues>): CrmFormValues => ({ ...emptyCrmForm, ...values });

describe('the CRM part of the form from a saved contact', () => {
  it('shows each keep-in-touch wish as its mode, with 2 weeks offered when there is no cadence', () => {
    const of = (keepInTouch: KeepInTouch) =>
      crmFormFromContact(makeCrmContact('c', { keepInTouch }));
    expect(of(null)).toMatchObject({ keepMode: 'tags', keepEvery: '2', keepUnit: 'weeks' });
    expect(of('none')).toMatchObject({ keepMode: 'none', keepEvery: '2', keepUnit: 'weeks' });
    expect(of({ every: 3, unit: 'months' })).toMatchObject({
      keepMode: 'cadence',
      keepEvery: '3',
      keepUnit: 'months',
    });
  });

  it('shows a missing profile link and meeting day as empty text', () => {
    const contact = makeCrmContact('c', {
      platforms: [{ platform: 'x', handle: '@ana', url: null }],
      metInPerson: { met: true, on: null, atEventId: null },
    });
    expect(crmFormFromContact(contact)).toMatchObject({
      platforms: [{ platform: 'x', handle: '@ana', url: '' }],
      met: true,
      metOn: '',
    });
  });
});

describe('the draft from the CRM part', () => {
  it('leaves out blank rows and sends an empty link as none', () => {
    const draft = crmDraftFromForm(
      form({
        platforms: [
          { platform: 'x', handle: '  ', url: ' ' },
          { platform: 'linkedin', handle: 'ana', url: '  ' },
        ],
        customFields: [
          { key: ' ', value: '' },
          { key: 'Team', value: 'Blue' },
        ],
      }),
    );
    expect(draft.platforms).toEqual([{ platform: 'linkedin', handle: 'ana', url: null }]);
    expect(draft.customFields).toEqual([{ key: 'Team', value: 'Blue' }]);
  });

  it('keeps the meeting day and event only when they met', () => {
    expect(crmDraftFromForm(form({ met: false, metOn: '2026-01-02' }), 'e1').metInPerson).toEqual({
      met: false,
      on: null,
      atEventId: null,
    });
    expect(crmDraftFromForm(form({ met: true, metOn: '2026-01-02' }), 'e1').metInPerson).toEqual({
      met: true,
      on: '2026-01-02',
      atEventId: 'e1',
    });
    expect(crmDraftFromForm(form({ met: true, metOn: '' })).metInPerson?.on).toBeNull();
  });

  it('sends the keep-in-touch wish by mode; an empty number is not a number', () => {
    expect(crmDraftFromForm(form({ keepMode: 'tags' })).keepInTouch).toBeNull();
    expect(crmDraftFromForm(form({ keepMode: 'none' })).keepInTouch).toBe('none');
    expect(
      crmDraftFromForm(form({ keepMode: 'cadence', keepEvery: ' 3 ', keepUnit: 'days' }))
        .keepInTouch,
    ).toEqual({ every: 3, unit: 'days' });
    expect(crmDraftFromForm(form({ keepMode: 'cadence', keepEvery: ' ' })).keepInTouch).toEqual({
      every: NaN,
      unit: 'weeks',
    });
  });
});

describe('checking the CRM part in the window', () => {
  it('passes an empty form', () => {
    expect(validateCrm(emptyCrmForm).errors).toEqual({});
  });

  it('asks for a whole number of 1 to 365 for a cadence that is empty, a fraction or text', () => {
    for (const keepEvery of ['', '1.5', 'soon']) {
      expect(validateCrm(form({ keepMode: 'cadence', keepEvery })).errors).toEqual({
        [crmFieldId.keepEvery]: ['Give a whole number from 1 to 365.'],
      });
    }
  });

  it('says when a cadence is out of range', () => {
    expect(validateCrm(form({ keepMode: 'cadence', keepEvery: '0' })).errors).toEqual({
      [crmFieldId.keepEvery]: ['A cadence is at least 1.'],
    });
    expect(validateCrm(form({ keepMode: 'cadence', keepEvery: '366' })).errors).toEqual({
      [crmFieldId.keepEvery]: ['A cadence is at most 365.'],
    });
  });

  it('puts a bad link on its row as shown, past blank rows', () => {
    const values = form({
      platforms: [
        { platform: 'x', handle: '', url: '' },
        { platform: 'linkedin', handle: '', url: 'http://example.com' },
      ],
    });
    expect(validateCrm(values).errors).toEqual({
      [crmFieldId.platform(1, 'url')]: [
        'A profile link must be a web address starting with https://',
      ],
    });
  });

  it('puts a city too long on the city', () => {
    expect(validateCrm(form({ city: 'x'.repeat(121) })).errors).toEqual({
      [crmFieldId.city]: ['Keep this under 120 characters.'],
    });
  });

  it('asks for a custom field’s name, and for names that differ', () => {
    expect(validateCrm(form({ customFields: [{ key: '', value: 'Blue' }] })).errors).toEqual({
      [crmFieldId.customKey(0)]: ['A field needs a name.'],
    });
    const twice = form({
      customFields: [
        { key: 'Team', value: 'a' },
        { key: 'team', value: 'b' },
      ],
    });
    expect(validateCrm(twice).errors).toEqual({
      [crmFieldId.customKey(1)]: ['Each custom field needs its own name.'],
    });
  });
});

describe('issues the host sends back for the CRM part', () => {
  it('go to their control, or back to the caller when no control holds them', () => {
    const values = form({ customFields: [{ key: 'Team', value: 'x' }] });
    const { errors, rest } = crmErrorsFromIssues(
      [
        { path: 'draft.metInPerson.on', message: 'Not a day.' },
        { path: 'customFields.0.value', message: 'Too long.' },
        { path: 'favourite', message: 'Cannot favourite.' },
        { path: 'name', message: 'A contact needs a name.' },
      ],
      values,
    );
    expect(errors).toEqual({
      [crmFieldId.metOn]: ['Not a day.'],
      [crmFieldId.customValue(0)]: ['Too long.'],
    });
    expect(rest).toEqual([
      { path: '', message: 'Cannot favourite.' },
      { path: 'name', message: 'A contact needs a name.' },
    ]);
  });
});

describe('labels in the error summary', () => {
  it('name rows from 1 and the part of the row', () => {
    expect(crmLabelOf(crmFieldId.platform(0, 'url'))).toBe(
      'Where we’re in touch, row 1 (profile link)',
    );
    expect(crmLabelOf(crmFieldId.customValue(2))).toBe('Custom field 3 (value)');
    expect(crmLabelOf(crmFieldId.customKey(0))).toBe('Custom field 1 (name)');
    expect(crmLabelOf(crmFieldId.keepEvery)).toBe('Keep in touch every');
    expect(crmLabelOf('something-else')).toBe('More about them');
  });
});
