/**
 * Each area's page in a chunk of its own, loaded when first shown: the first page opened does not
 * wait for the code of the others (the Insights charts alone are a fifth of the app). Once the
 * first page is up, the rest are loaded in the background, so moving between areas never waits.
 */
import { createElement, useEffect, useState, type ComponentType, type ReactElement } from 'react';
import type { Route } from '../../../electron/shared/app-model';
import type { AppLocation } from './useRoute';

export type PageComponent = ComponentType<{ place: AppLocation }>;

const LOADERS: Record<Route, () => Promise<PageComponent>> = {
  today: () => import('../features/today/TodayPage').then((m) => m.TodayPage),
  contacts: () => import('../features/contacts/ContactsPage').then((m) => m.ContactsPage),
  meetings: () => import('../features/meetings/MeetingsPage').then((m) => m.MeetingsPage),
  schedule: () => import('../features/schedule/SchedulePage').then((m) => m.SchedulePage),
  workspace: () => import('../features/workspace/WorkspacePage').then((m) => m.WorkspacePage),
  events: () => import('../features/events/EventsPage').then((m) => m.EventsPage),
  settings: () => import('../features/settings/SettingsPage').then((m) => m.SettingsPage),
  // The route keeps its first name: it is in the shared Route enum and in the page's URL.
  attention: () => import('../features/safety/SafetyPage').then((m) => m.SafetyPage),
  insights: () => import('../features/wellbeing/InsightsPage').then((m) => m.InsightsPage),
};

const loaded = new Map<Route, PageComponent>();
const loading = new Map<Route, Promise<PageComponent>>();

function loadPage(area: Route): Promise<PageComponent> {
  let promise = loading.get(area);
  if (!promise) {
    promise = LOADERS[area]().then((page) => {
      loaded.set(area, page);
      return page;
    });
    // A failed load (the app replaced on disk meanwhile) is tried again at the next showing.
    promise.catch(() => loading.delete(area));
    loading.set(area, promise);
  }
  return promise;
}

/** Starts loading `area`'s page before the shell has drawn: its code arrives meanwhile. */
export function loadFirstPage(area: Route): void {
  loadPage(area).catch((error: unknown) => console.error(error));
}

let preloading = false;

/** Loads every other page, one at a time while the page is idle. */
function preloadAll(): void {
  if (preloading) return;
  preloading = true;
  const idle = (then: () => void) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(then, { timeout: 2000 })
      : setTimeout(then, 50);
  const next = (areas: Route[]): void => {
    const [area, ...rest] = areas;
    if (!area) return;
    idle(() => {
      loadPage(area).then(
        () => next(rest),
        () => next(rest),
      );
    });
  };
  next(Object.keys(LOADERS) as Route[]);
}

/** The page of `place`, or null while its code loads (re-rendered when it arrives). */
export function usePage(place: AppLocation): ReactElement | null {
  const { area } = place;
  const page = loaded.get(area) ?? null;
  const [, arrived] = useState(0);
  useEffect(() => {
    if (page) {
      preloadAll();
      return;
    }
    let live = true;
    loadPage(area).then(
      () => live && arrived((n) => n + 1),
      (error: unknown) => console.error(error),
    );
    return () => {
      live = false;
    };
  }, [area, page]);
  return page && createElement(page, { place });
}
