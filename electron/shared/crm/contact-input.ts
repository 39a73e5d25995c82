/**
 * What contacts.create and contacts.update accept: the stored contact's fields with the rules for
 * input only (names shown as labels, dates in range), so contacts stored before these rules still
 * load.
 */
import { z } from 'zod';
import { ContactDraftSchema } from '../contact';
import { LocalDateInputSchema } from '../schedule';
import { shownAsLabel } from '../text';
import {
  AffiliationSchema,
  BlockedSchema,
  ConnectionSchema,
  CustomFieldSchema,
  MetInPersonSchema,
  NamePartsSchema,
} from './contact-crm-fields';
import { CrmInstantInputSchema, crmText } from './crm-common';
import { CrmContactDraftSchema } from './crm-contact';

const draft = ContactDraftSchema.shape;
const label = (max: number, what: string) => shownAsLabel(crmText(max), what).default('');

export const NAME_RULE = 'A name';

export const CrmContactInputSchema = CrmContactDraftSchema.extend({
  name: shownAsLabel(draft.name, NAME_RULE),
  company: label(200, 'A company'),
  role: label(200, 'A role'),
  tags: z.array(shownAsLabel(draft.tags.unwrap().element, 'A tag')).max(50).default([]),
  metInPerson: MetInPersonSchema.extend({
    on: LocalDateInputSchema.nullable().default(null),
  }).default({ met: false, on: null, atEventId: null }),
  customFields: z
    .array(
      CustomFieldSchema.extend({
        key: shownAsLabel(CustomFieldSchema.shape.key, "A field's name"),
      }),
    )
    .max(50)
    .default([])
    .refine(
      (fields) => new Set(fields.map((f) => f.key.toLowerCase())).size === fields.length,
      'Each custom field needs its own name.',
    ),
  blocked: BlockedSchema.extend({ on: CrmInstantInputSchema }).nullable().default(null),
  city: label(120, 'A city'),
  nameParts: NamePartsSchema.extend({
    prefix: label(100, 'A name'),
    given: label(200, 'A name'),
    additional: label(200, 'A name'),
    family: label(200, 'A name'),
    suffix: label(100, 'A name'),
  })
    .nullable()
    .default(null),
  connections: z
    .array(ConnectionSchema.extend({ on: LocalDateInputSchema }))
    .max(30)
    .default([]),
  otherAffiliations: z
    .array(
      AffiliationSchema.extend({ company: label(200, 'A company'), role: label(200, 'A role') }),
    )
    .max(20)
    .default([]),
});
