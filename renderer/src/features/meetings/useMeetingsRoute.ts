import { useSyncExternalStore } from 'react';

export interface MeetingsRoute {
  /** `#/meetings/new` shows the form. */
  proposing: boolean;
  /** `?contact=<id>`: who the new meeting is with. */
  contactId: string | null;
  /** `&event=<id>`: the event it is around (a coffee while in its city). */
  eventId: string | null;
}

function read(): string {
  return window.location.hash;
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  window.addEventListener('popstate', listener);
  return () => {
    window.removeEventListener('hashchange', listener);
    window.removeEventListener('popstate', listener);
  };
}

/** `#/meetings`, `#/meetings/new`, `#/meetings/new?contact=<id>[&event=<id>]`. */
export function parseMeetingsHash(hash: string): MeetingsRoute {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/');
  const proposing = parts[0] === 'meetings' && parts[1] === 'new';
  const params = new URLSearchParams(proposing ? query : '');
  return {
    proposing,
    contactId: params.get('contact') || null,
    eventId: params.get('event') || null,
  };
}

/** The proposal form for `contactId`, around an event when given. */
export function proposeHref(contactId: string, eventId?: string | null): string {
  const event = eventId ? `&event=${encodeURIComponent(eventId)}` : '';
  return `#/meetings/new?contact=${encodeURIComponent(contactId)}${event}`;
}

export function useMeetingsRoute(): MeetingsRoute {
  const hash = useSyncExternalStore(subscribe, read, read);
  return parseMeetingsHash(hash);
}

/** Goes to the form (or back to the list), keeping Back working. */
export function goToMeetings(proposing: boolean, contactId?: string): void {
  const href = proposing
    ? `#/meetings/new${contactId ? `?contact=${encodeURIComponent(contactId)}` : ''}`
    : '#/meetings';
  if (window.location.hash === href) return;
  history.pushState(null, '', href);
  // pushState does not fire hashchange: tell the listeners ourselves.
  window.dispatchEvent(new PopStateEvent('popstate'));
}
