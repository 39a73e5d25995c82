import type { z } from 'zod';
import { ContactDraftSchema, ContactSchema } from '../contact';
import { ContactCrmFieldsSchema } from './contact-crm-fields';

/** What the contact form sends: the basic fields plus the CRM's (all optional, with defaults). */
export const CrmContactDraftSchema = ContactDraftSchema.extend(ContactCrmFieldsSchema.shape);
export type CrmContactDraft = z.input<typeof CrmContactDraftSchema>;
export type CrmContactFields = z.output<typeof CrmContactDraftSchema>;

/** A stored contact. */
export const CrmContactSchema = ContactSchema.extend(ContactCrmFieldsSchema.shape);
