import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { CrmContact as Contact } from '../../../../electron/shared/crm/contact-crm-fields';
import { netwell } from '../../bridge/netwell';
import { ChangedElsewhereNotice } from '../../components/ChangedElsewhereNotice';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import type { FieldCodec, Fields } from '../../lib/storedForm';
import { useStoredForm } from '../../lib/useStoredForm';
import {
  FIELD_LABELS,
  FIELD_ORDER,
  emptyContactForm,
  errorsFromIssues,
  formFromContact,
  hasErrors,
  noErrors,
  validateForm,
  type ContactFormValues,
  type FieldName,
  type FormErrors,
} from './contactFormModel';
import { ContactCrmFields } from './ContactCrmFields';
import { EMPTY_NAME_PARTS, NamePartsFields } from './NamePartsFields';
import { partsOrNull } from '../../../../electron/shared/names/name-parts';
import {
  crmErrorsFromIssues,
  crmFormFromContact,
  crmLabelOf,
  emptyCrmForm,
  validateCrm,
  type CrmErrors,
  type CrmFormValues,
} from './crmFormModel';
import { useRequestId } from '../../lib/useRequestId';

/** Whether anything beyond the basics is filled in (the "More" section then starts open). */
const hasCrmValues = (v: CrmFormValues) =>
  Boolean(
    v.city ||
    v.platforms.length ||
    v.met ||
    v.keepMode !== 'tags' ||
    v.customFields.length ||
    v.favourite,
  );

interface ContactDraftForm {
  values: ContactFormValues;
  crm: CrmFormValues;
}

const emptyDraft: ContactDraftForm = { values: emptyContactForm, crm: emptyCrmForm };

/** Field by field: `values.name`, `crm.city`, … (lists such as the platforms are one field each). */
const contactCodec: FieldCodec<ContactDraftForm> = {
  toFields: ({ values, crm }) => {
    const fields: Fields = {};
    for (const [key, value] of Object.entries(values)) fields[`values.${key}`] = value;
    for (const [key, value] of Object.entries(crm)) fields[`crm.${key}`] = value;
    return fields;
  },
  fromFields: (fields, like) => {
    const pick = <T extends object>(prefix: string, template: T): T =>
      Object.fromEntries(
        Object.keys(template).map((key) => [key, fields[`${prefix}.${key}`]]),
      ) as T;
    return { values: pick('values', like.values), crm: pick('crm', like.crm) };
  },
};

const CRM_NAMES: Record<string, string> = {
  city: 'City',
  platforms: 'Where we are in touch',
  met: 'Met in person',
  metOn: 'Met in person',
  keepMode: 'Keep in touch',
  keepEvery: 'Keep in touch',
  keepUnit: 'Keep in touch',
  customFields: 'Your own fields',
  favourite: 'Favourite',
};

function describeContactField(path: string): string {
  const [part, key = ''] = path.split('.');
  return part === 'values' ? (FIELD_LABELS[key as FieldName] ?? key) : (CRM_NAMES[key] ?? key);
}

export interface ContactFormProps {
  /** The contact being edited, as stored now (the form follows it); none for a new one. */
  contact?: Contact;
  onSaved: (contact: Contact) => void;
  onCancel: () => void;
}

const fieldId = (name: FieldName) => `contact-${name}`;

/**
 * Adds or edits a contact. Checks everything in the window first (same rules and words as the
 * host), and whatever happens, what the user typed stays in the fields. While editing, a change
 * made elsewhere (an import, a merge, another window) shows at once in the fields not edited here.
 */
export function ContactForm({ contact, onSaved, onCancel }: ContactFormProps) {
  const stored = useMemo(
    () =>
      contact ? { values: formFromContact(contact), crm: crmFormFromContact(contact) } : emptyDraft,
    [contact],
  );
  const form = useStoredForm(stored, contactCodec);
  const { values, crm } = form.draft;
  const setValues = (update: (current: ContactFormValues) => ContactFormValues) =>
    form.edit((draft) => ({ ...draft, values: update(draft.values) }));
  const setCrm = (update: (current: CrmFormValues) => CrmFormValues) =>
    form.edit((draft) => ({ ...draft, crm: update(draft.crm) }));
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [crmErrors, setCrmErrors] = useState<CrmErrors>({});
  // Sent only when the user changed them: otherwise the host keeps or drops the stored parts
  // depending on whether they still fit the (possibly edited) name.
  const [nameParts, setNameParts] = useState(() => contact?.nameParts ?? EMPTY_NAME_PARTS);
  const [namePartsEdited, setNamePartsEdited] = useState(false);
  const [moreOpen, setMoreOpen] = useState(() => hasCrmValues(crm));
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const busy = useRef(false);
  const nameRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [focusSummary, setFocusSummary] = useState(0);

  useEffect(() => {
    nameRef.current?.focus();
  }, []);

  useEffect(() => {
    if (focusSummary) summaryRef.current?.focus();
  }, [focusSummary]);

  const set = (name: FieldName) => (value: string) =>
    setValues((current) => ({ ...current, [name]: value }));

  /** After a first try, messages follow the fields as the user fixes them. */
  const recheck = () => {
    if (!attempted) return;
    setErrors((current) => ({ ...validateForm(values).errors, general: current.general }));
    setCrmErrors(validateCrm(crm).errors);
  };

  const request = useRequestId();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy.current) return;
    setAttempted(true);
    const { parsed, errors: found } = validateForm(values);
    const crmChecked = validateCrm(crm);
    const crmFound = Object.keys(crmChecked.errors).length > 0;
    if (hasErrors(found) || crmFound) {
      setErrors(found);
      setCrmErrors(crmChecked.errors);
      if (crmFound) setMoreOpen(true);
      setFocusSummary((n) => n + 1);
      return;
    }
    busy.current = true;
    setSaving(true);
    const draft = {
      ...parsed.draft,
      ...crmChecked.draft,
      ...(namePartsEdited ? { nameParts: partsOrNull(nameParts) } : {}),
      metInPerson: {
        ...(crmChecked.draft.metInPerson ?? { met: false }),
        atEventId:
          crm.met && contact?.metInPerson.met ? (contact.metInPerson.atEventId ?? null) : null,
      },
    };
    const result = contact
      ? await netwell.contacts.update({ id: contact.id, draft })
      : await netwell.contacts.create({ ...draft, requestId: request.current() });
    busy.current = false;
    setSaving(false);
    if (result.ok) {
      request.succeeded();
      setErrors(noErrors);
      setCrmErrors({});
      form.release();
      onSaved(result.value);
      return;
    }
    const split = crmErrorsFromIssues(result.error.issues ?? [], crm);
    const fromHost = errorsFromIssues(split.rest, parsed);
    const crmFromHost = Object.keys(split.errors).length > 0;
    setCrmErrors(split.errors);
    if (crmFromHost) setMoreOpen(true);
    setErrors(
      hasErrors(fromHost) || crmFromHost
        ? fromHost
        : { fields: {}, general: [result.error.message] },
    );
    setFocusSummary((n) => n + 1);
  };

  const summary: SummaryItem[] = [
    ...errors.general.map((message) => ({ message })),
    ...FIELD_ORDER.flatMap((name) =>
      (errors.fields[name] ?? []).map((message) => ({
        fieldId: fieldId(name),
        message: `${FIELD_LABELS[name]}: ${message}`,
      })),
    ),
    ...Object.entries(crmErrors).flatMap(([id, messages]) =>
      messages.map((message) => ({ fieldId: id, message: `${crmLabelOf(id)}: ${message}` })),
    ),
  ];

  const field = (name: FieldName) => ({
    id: fieldId(name),
    label: FIELD_LABELS[name],
    value: values[name],
    onChange: set(name),
    onBlur: recheck,
    errors: errors.fields[name] ?? [],
  });

  const title = contact ? `Edit ${contact.name}` : 'New contact';

  return (
    <section className="panel contact-form" aria-labelledby="contact-form-title">
      <h2 id="contact-form-title" className="panel-title">
        {title}
      </h2>
      <ChangedElsewhereNotice
        elsewhere={form.elsewhere}
        describe={describeContactField}
        onKeep={form.keepEdits}
        onTakeSaved={form.takeSaved}
      />
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        {summary.length > 0 && (
          <ErrorSummary
            ref={summaryRef}
            title={
              summary.length === 1
                ? 'One thing needs a look before saving'
                : `${summary.length} things need a look before saving`
            }
            items={summary}
            note="Nothing was saved yet. Everything you typed is still here."
          />
        )}
        <div className="form-grid">
          <div className="form-wide">
            <Field {...field('name')} required inputRef={nameRef} autoComplete="off" />
          </div>
          <Field {...field('company')} />
          <Field {...field('role')} />
          {/* After company and role, so Tab goes from the name straight to the company. */}
          <div className="form-wide">
            <NamePartsFields
              value={nameParts}
              onChange={(parts) => {
                setNameParts(parts);
                setNamePartsEdited(true);
              }}
            />
          </div>
          <Field {...field('emails')} multiline rows={2} hint="One address per line." />
          <Field {...field('phones')} multiline rows={2} hint="One number per line." />
          <div className="form-wide">
            <Field
              {...field('links')}
              multiline
              rows={2}
              hint="One web address per line, starting with https://"
            />
          </div>
          <div className="form-wide">
            <Field {...field('tags')} hint="Separate tags with commas, e.g. design, mentor." />
          </div>
          <div className="form-wide">
            <Field {...field('howWeMet')} multiline rows={2} />
          </div>
          <div className="form-wide">
            <Field {...field('notes')} multiline rows={5} />
          </div>
        </div>
        <ContactCrmFields
          values={crm}
          onChange={(update) => setCrm(update)}
          errors={crmErrors}
          open={moreOpen}
          onToggle={setMoreOpen}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" aria-disabled={saving}>
            {saving ? 'Saving…' : 'Save contact'}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              form.release();
              onCancel();
            }}
          >
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
