import type { Route } from '../../../electron/shared/app-model';

export interface Area {
  route: Route;
  label: string;
}

/** The areas in the main navigation, in order. */
export const NAV_AREAS: Area[] = [
  { route: 'today', label: 'Today' },
  { route: 'workspace', label: 'Workspace' },
  { route: 'contacts', label: 'Contacts' },
  { route: 'meetings', label: 'Meetings' },
  { route: 'events', label: 'Events' },
  { route: 'schedule', label: 'Schedule' },
  { route: 'insights', label: 'Insights' },
  { route: 'settings', label: 'Settings' },
  { route: 'attention', label: 'Boundaries & safety' },
];

export const AREA_TITLES: Record<Route, string> = {
  today: 'Today',
  contacts: 'Contacts',
  meetings: 'Meetings',
  events: 'Events',
  schedule: 'Schedule',
  workspace: 'Workspace',
  insights: 'Insights',
  settings: 'Settings',
  attention: 'Boundaries & safety',
};
