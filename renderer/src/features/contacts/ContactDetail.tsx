import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Contact } from '../../../../electron/shared/contact';
import type { CrmContact } from '../../../../electron/shared/crm/contact-crm-fields';
import type { ContactProfile } from '../../../../electron/shared/crm/crm-views';
import { isSafeExternalUrl } from '../../../../electron/shared/safe-external-url';
import { netwell } from '../../bridge/netwell';
import { FieldFrame } from '../../components/Field';
import { showToast } from '../../components/toasts';
import { PLATFORM_LABELS, shortDay } from '../crm/crmText';
import { CrmSections, ProposeMeetingLink } from './ContactCrmSections';

export interface ContactDetailProps {
  contact: CrmContact;
  /** The CRM's view of them (timeline, commitments…); shown below the details when given. */
  profile?: ContactProfile;
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

/**
 * The person's heading from the list row already on screen, while their page loads: the name
 * shows the moment they are chosen, the rest when the core's answer arrives.
 */
export function ContactDetailPreview({ row }: { row: Pick<Contact, 'name' | 'role' | 'company'> }) {
  const subtitle = subtitleOf(row);
  return (
    <article
      className="panel contact-detail"
      aria-labelledby="contact-detail-title"
      aria-busy="true"
    >
      <header className="detail-header">
        <div className="avatar" aria-hidden="true">
          {initialsOf(row.name)}
        </div>
        <div className="detail-heading">
          <h2 id="contact-detail-title" className="panel-title">
            {row.name}
          </h2>
          {subtitle && <p className="detail-subtitle">{subtitle}</p>}
        </div>
      </header>
    </article>
  );
}

/** Everything Netwell knows about one person. */
export function ContactDetail({
  contact,
  profile,
  onEdit,
  onDelete,
  focusOnShow = true,
}: ContactDetailProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) headingRef.current?.focus();
  }, [contact.id, focusOnShow]);

  const subtitle = subtitleOf(contact);
  const [blocking, setBlocking] = useState(false);
  const [blockReason, setBlockReason] = useState('');
  const blockButtonRef = useRef<HTMLButtonElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (blocking) reasonRef.current?.focus();
  }, [blocking]);

  const flag = async (flags: { favourite?: boolean; archived?: boolean }, done: string) => {
    const result = await netwell.contacts.setFlags({ id: contact.id, ...flags });
    showToast(result.ok ? done : result.error.message, result.ok ? {} : { tone: 'error' });
  };
  const block = async () => {
    const result = await netwell.contacts.block({ id: contact.id, reason: blockReason });
    if (!result.ok) return showToast(result.error.message, { tone: 'error' });
    setBlocking(false);
    setBlockReason('');
    showToast(`Blocked ${contact.name}. Find them under Blocked to unblock.`);
  };
  const unblock = async () => {
    const result = await netwell.contacts.unblock({ id: contact.id });
    showToast(
      result.ok ? `Unblocked ${contact.name}.` : result.error.message,
      result.ok ? {} : { tone: 'error' },
    );
  };

  const empty =
    !contact.city &&
    !contact.connections.length &&
    !contact.otherAffiliations.length &&
    !contact.platforms.length &&
    !contact.metInPerson.met &&
    !contact.customFields.length &&
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
          {(contact.archived || contact.blocked) && (
            <p className="detail-status">
              {contact.blocked
                ? `Blocked on ${shortDay(contact.blocked.on.slice(0, 10))}. Hidden from lists, reminders and search.`
                : 'Archived: kept for history, out of lists and reminders.'}
            </p>
          )}
        </div>
        <div className="detail-actions">
          <button
            type="button"
            className="button button-icon-only favourite-toggle"
            aria-pressed={contact.favourite}
            title={contact.favourite ? 'Remove from favourites' : 'Add to favourites'}
            onClick={() =>
              void flag(
                { favourite: !contact.favourite },
                contact.favourite
                  ? `Removed ${contact.name} from favourites.`
                  : `Added ${contact.name} to favourites.`,
              )
            }
          >
            <span aria-hidden="true">{contact.favourite ? '★' : '☆'}</span>
            <span className="visually-hidden">
              {contact.favourite ? 'Remove from favourites' : 'Add to favourites'}
            </span>
          </button>
          <button type="button" className="button" onClick={onEdit}>
            Edit
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              void flag(
                { archived: !contact.archived },
                contact.archived ? `Unarchived ${contact.name}.` : `Archived ${contact.name}.`,
              )
            }
          >
            {contact.archived ? 'Unarchive' : 'Archive'}
          </button>
          {contact.blocked ? (
            <button type="button" className="button" onClick={() => void unblock()}>
              Unblock
            </button>
          ) : (
            <button
              ref={blockButtonRef}
              type="button"
              className="button"
              aria-expanded={blocking}
              aria-controls="block-confirm"
              onClick={() => setBlocking((open) => !open)}
            >
              Block…
            </button>
          )}
          {!contact.blocked && <ProposeMeetingLink contactId={contact.id} />}
          <button type="button" className="button button-danger" onClick={onDelete}>
            Delete
          </button>
        </div>
      </header>

      {blocking && !contact.blocked && (
        <div
          id="block-confirm"
          className="block-confirm"
          role="group"
          aria-labelledby="block-confirm-title"
        >
          <h3 id="block-confirm-title" className="crm-section-title">
            Block {contact.name}?
          </h3>
          <p>
            They will disappear from your lists, reminders and search. Nothing is sent to them. You
            can find them under Blocked and unblock them at any time.
          </p>
          <FieldFrame id="block-reason" label="Reason" optional="optional, private">
            {(aria) => (
              <textarea
                {...aria}
                ref={reasonRef}
                className="input"
                rows={2}
                value={blockReason}
                onChange={(event) => setBlockReason(event.target.value)}
              />
            )}
          </FieldFrame>
          <div className="form-actions">
            <button type="button" className="button button-danger" onClick={() => void block()}>
              Block {contact.name}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setBlocking(false);
                blockButtonRef.current?.focus();
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}

      {contact.blocked?.reason && (
        <p className="muted">Why you blocked them: {contact.blocked.reason}</p>
      )}

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
          {contact.otherAffiliations.length > 0 && (
            <Row label="Also">
              <ul className="detail-list">
                {contact.otherAffiliations.map((a, index) => (
                  <li key={`${a.company}-${a.role}-${index}`}>{subtitleOf(a)}</li>
                ))}
              </ul>
            </Row>
          )}
          {contact.city && <Row label="City">{contact.city}</Row>}
          {contact.connections.length > 0 && (
            <Row label="Connected">
              <ul className="detail-list">
                {contact.connections.map((c) => (
                  <li key={c.platform}>
                    Connected on {PLATFORM_LABELS[c.platform]} {shortDay(c.on)}
                  </li>
                ))}
              </ul>
            </Row>
          )}
          {contact.platforms.length > 0 && (
            <Row label="Where we’re in touch">
              <ul className="detail-list">
                {contact.platforms.map((p, index) => (
                  <li key={`${p.platform}-${index}`}>
                    <span className="platform-name">{PLATFORM_LABELS[p.platform]}</span>
                    {p.handle && ` ${p.handle}`}
                    {p.url && (
                      <>
                        {' · '}
                        <External href={p.url}>{displayUrl(p.url)}</External>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </Row>
          )}
          {contact.metInPerson.met && (
            <Row label="Met in person">
              {contact.metInPerson.on ? `Yes, on ${shortDay(contact.metInPerson.on)}` : 'Yes'}
            </Row>
          )}
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
          {contact.customFields.map((field) => (
            <Row key={field.key} label={field.key}>
              {field.value}
            </Row>
          ))}
        </dl>
      )}

      {profile && <CrmSections profile={profile} />}

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
