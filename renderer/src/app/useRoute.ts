import type { Route } from '../../../electron/shared/app-model';
import { RouteSchema } from '../../../electron/shared/app-model';
import { createLiveStore, useStore } from '../lib/createStore';
import { guardLeaving, hasUnsavedEdits } from '../lib/leaveGuard';

/** Where the window is: an area, and inside Contacts which contact and whether it is being edited. */
export interface AppLocation {
  area: Route;
  contactId?: string;
  mode?: 'view' | 'edit' | 'new';
  /** Insights: the weekly review instead of the charts (`#/insights/review`). */
  view?: 'review';
}

/** `#/contacts`, `#/contacts/new`, `#/contacts/<id>`, `#/contacts/<id>/edit`; anything else is Today. */
export function parseHash(hash: string): AppLocation {
  const [first = '', second, third] = hash.replace(/^#\/?/, '').split('/').map(safeDecode);
  const area = RouteSchema.safeParse(first);
  if (!area.success) return { area: 'today' };
  if (area.data === 'insights' && second === 'review') return { area: 'insights', view: 'review' };
  if (area.data !== 'contacts' || !second) return { area: area.data };
  if (second === 'new') return { area: 'contacts', mode: 'new' };
  return { area: 'contacts', contactId: second, mode: third === 'edit' ? 'edit' : 'view' };
}

export function hrefOf(place: AppLocation): string {
  const parts: string[] = [place.area];
  if (place.area === 'insights' && place.view === 'review') parts.push('review');
  if (place.area === 'contacts') {
    if (place.mode === 'new') parts.push('new');
    else if (place.contactId) {
      parts.push(encodeURIComponent(place.contactId));
      if (place.mode === 'edit') parts.push('edit');
    }
  }
  return `#/${parts.join('/')}`;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

const sameLocation = (a: AppLocation, b: AppLocation) => hrefOf(a) === hrefOf(b);

const routeStore = createLiveStore<AppLocation>(parseHash(location.hash), (store) => {
  const sync = () => {
    const target = window.location.hash;
    const next = parseHash(target);
    const current = store.get();
    if (sameLocation(next, current)) return;
    if (!hasUnsavedEdits()) {
      store.set(next);
      return;
    }
    // Back or a typed address with unsaved edits: the address goes back until the user chose to
    // discard them, then to exactly where it was going (`#/meetings/new?contact=…` included).
    history.replaceState(null, '', hrefOf(current));
    guardLeaving(() => {
      history.replaceState(null, '', target);
      store.set(next);
    });
  };
  // With unsaved edits, a click on one of the app's links asks before the address changes (so
  // the history gets no entry for a move that did not happen).
  const onClick = (event: MouseEvent) => {
    if (!hasUnsavedEdits() || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.('a[href^="#/"]');
    if (!link || link.getAttribute('target')) return;
    const href = link.getAttribute('href') ?? '';
    if (sameLocation(parseHash(href), store.get())) return;
    event.preventDefault();
    // Once the edits are discarded, the link goes exactly where it points.
    guardLeaving(() => {
      window.location.hash = href;
    });
  };
  sync();
  window.addEventListener('hashchange', sync);
  document.addEventListener('click', onClick);
  return () => {
    window.removeEventListener('hashchange', sync);
    document.removeEventListener('click', onClick);
  };
});

export function useRoute(): AppLocation {
  return useStore(routeStore);
}

/**
 * Changes the hash (so Back works) and the route at once; with unsaved edits on the page, once
 * the user chose to leave them.
 */
export function navigate(to: AppLocation, options: { replace?: boolean } = {}): void {
  if (sameLocation(to, routeStore.get())) go(to, options);
  else guardLeaving(() => go(to, options));
}

function go(to: AppLocation, options: { replace?: boolean }): void {
  navigated = true;
  const href = hrefOf(to);
  if (window.location.hash !== href) {
    if (options.replace) history.replaceState(null, '', href);
    else history.pushState(null, '', href);
  }
  routeStore.set(to);
}

let navigated = false;
window.addEventListener('hashchange', () => (navigated = true), { once: true });

/** False until the user first moves around: on the first screen, focus stays at the top. */
export function hasNavigated(): boolean {
  return navigated;
}
