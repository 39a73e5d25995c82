import { useEffect, useRef, type ReactNode } from 'react';
import type { Contact } from '../../../../electron/shared/contact';
import { isSafeExternalUrl } from '../../../../electron/shared/safe-external-url';

export interface ContactDetailProps {
  contact: Contact;
  onEdit: () => void;
  onDelete: () => void;
  /** Move focus to the name when shown (after choosing a contact, saving or undoing). */
  focusOnShow?: boolean;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function External({ href, children }: { href: string; children: ReactNode }) {
  if (!isSafeExternalUrl(href)) return <span className="plain-value">{children}</span>;
  return (
    <a href={href} target="_blank" rel="noreferrer" className="external-link">
      {children}
      <span className="visually-hidden"> (opens in your browser)</span>
    </a>
  );
}

/** Strips the scheme so links read like "linkedin.com/in/ana". */
const displayUrl = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="detail-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function List({ items, render }: { items: string[]; render: (item: string) => ReactNode }) {
  return (
    <ul className="detail-list">
      {items.map((item) => (
        <li key={item}>{render(item)}</li>
      ))}
    </ul>
  );
}

export function subtitleOf(contact: Pick<Contact, 'role' | 'company'>): string {
  if (contact.role && contact.company) return `${contact.role} at ${contact.company}`;
  return contact.role || contact.company;
}

/** Everything Netwell knows about one person. */
export function ContactDetail({
  contact,
  onEdit,
  onDelete,
  focusOnShow = true,
}: ContactDetailProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) headingRef.current?.focus();
  }, [contact.id, focusOnShow]);

  const subtitle = subtitleOf(contact);
  const empty =
    !contact.emails.length &&
    !contact.phones.length &&
    !contact.links.length &&
    !contact.tags.length &&
    !contact.howWeMet &&
    !contact.notes;

  return (
    <article className="panel contact-detail" aria-labelledby="contact-detail-title">
      <header className="detail-header">
        <div className="avatar" aria-hidden="true">
          {initialsOf(contact.name)}
        </div>
        <div className="detail-heading">
          <h2 id="contact-detail-title" className="panel-title" tabIndex={-1} ref={headingRef}>
            {contact.name}
          </h2>
          {subtitle && <p className="detail-subtitle">{subtitle}</p>}
        </div>
        <div className="detail-actions">
          <button type="button" className="button" onClick={onEdit}>
            Edit
          </button>
          <button type="button" className="button button-danger" onClick={onDelete}>
            Delete
          </button>
        </div>
      </header>

      {contact.tags.length > 0 && (
        <ul className="tags" aria-label="Tags">
          {contact.tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
            </li>
          ))}
        </ul>
      )}

      {empty ? (
        <p className="muted">
          Only a name so far. Choose Edit to add how you met, ways to reach them, or a note for next
          time.
        </p>
      ) : (
        <dl className="detail-fields">
          {contact.emails.length > 0 && (
            <Row label={contact.emails.length === 1 ? 'Email' : 'Emails'}>
              <List
                items={contact.emails}
                render={(email) => <External href={`mailto:${email}`}>{email}</External>}
              />
            </Row>
          )}
          {contact.phones.length > 0 && (
            <Row label={contact.phones.length === 1 ? 'Phone' : 'Phones'}>
              <List items={contact.phones} render={(phone) => phone} />
            </Row>
          )}
          {contact.links.length > 0 && (
            <Row label="Profile links">
              <List
                items={contact.links}
                render={(link) => <External href={link}>{displayUrl(link)}</External>}
              />
            </Row>
          )}
          {contact.howWeMet && (
            <Row label="How we met">
              <p className="prose">{contact.howWeMet}</p>
            </Row>
          )}
          {contact.notes && (
            <Row label="Notes">
              <p className="prose">{contact.notes}</p>
            </Row>
          )}
        </dl>
      )}

      <p className="detail-meta">
        Added {dateFormat.format(new Date(contact.createdAt))}
        {contact.updatedAt !== contact.createdAt &&
          ` · Updated ${dateFormat.format(new Date(contact.updatedAt))}`}
      </p>
    </article>
  );
}

export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters
    .map((word) => [...(word ?? '')][0] ?? '')
    .join('')
    .toUpperCase();
}
