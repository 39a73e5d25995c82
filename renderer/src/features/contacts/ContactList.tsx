import type { CrmContact as Contact } from '../../../../electron/shared/crm/contact-crm-fields';
import { hrefOf } from '../../app/useRoute';
import { initialsOf, subtitleOf } from './ContactDetail';

export interface ContactListProps {
  contacts: Contact[];
  selectedId?: string;
}

/** The people found, each a link to their details. */
export function ContactList({ contacts, selectedId }: ContactListProps) {
  return (
    <ul className="contact-list" aria-label="Contacts">
      {contacts.map((contact) => {
        const subtitle = subtitleOf(contact);
        return (
          <li key={contact.id}>
            <a
              className="contact-link"
              href={hrefOf({ area: 'contacts', contactId: contact.id, mode: 'view' })}
              aria-current={contact.id === selectedId ? 'page' : undefined}
            >
              <span className="avatar avatar-small" aria-hidden="true">
                {initialsOf(contact.name)}
              </span>
              <span className="contact-link-text">
                <span className="contact-link-name">
                  {contact.name}
                  {contact.favourite && (
                    <span className="favourite-star" title="Favourite">
                      <span aria-hidden="true"> ★</span>
                      <span className="visually-hidden"> (favourite)</span>
                    </span>
                  )}
                </span>
                {subtitle && <span className="contact-link-sub">{subtitle}</span>}
              </span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
