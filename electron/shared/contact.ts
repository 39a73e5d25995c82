import { z } from 'zod';

const trimmed = (max: number) => z.string().trim().max(max, `Keep this under ${max} characters.`);

/** An email that looks like one: something@domain.tld, no spaces. */
export const EmailSchema = z
  .string()
  .trim()
  .max(254, 'An email address is at most 254 characters.')
  .regex(
    /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
    'This does not look like an email address (name@example.com).',
  );

export const PhoneSchema = z
  .string()
  .trim()
  .max(40, 'A phone number is at most 40 characters.')
  .regex(
    /^[+()0-9 .\-/]*[0-9][+()0-9 .\-/x]*$/,
    'A phone number holds digits, spaces and + ( ) - . only.',
  );

export const ProfileLinkSchema = z
  .string()
  .trim()
  .max(2000, 'A link is at most 2000 characters.')
  .refine((value) => {
    try {
      const url = new URL(value);
      // https only: the same rule as the door that opens links (safe-external-url.ts).
      return url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'A profile link must be a web address starting with https://');

const TagSchema = z
  .string()
  .trim()
  .min(1, 'A tag cannot be empty.')
  .max(40, 'A tag is at most 40 characters.');

/** What the user types: everything but the name is optional. */
export const ContactDraftSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'A contact needs a name.')
    .max(200, 'A name is at most 200 characters.'),
  company: trimmed(200).default(''),
  role: trimmed(200).default(''),
  emails: z.array(EmailSchema).max(20).default([]),
  phones: z.array(PhoneSchema).max(20).default([]),
  links: z.array(ProfileLinkSchema).max(20).default([]),
  tags: z.array(TagSchema).max(50).default([]),
  howWeMet: trimmed(2000).default(''),
  notes: trimmed(20000).default(''),
});
export type ContactDraft = z.input<typeof ContactDraftSchema>;
export type ContactFields = z.output<typeof ContactDraftSchema>;

export const ContactIdSchema = z.string().min(1).max(64);

export const ContactSchema = ContactDraftSchema.extend({
  id: ContactIdSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Contact = z.output<typeof ContactSchema>;
