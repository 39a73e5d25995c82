import type { Route } from '../../../electron/shared/app-model';

/** Simple line icons for the navigation, drawn inline (no external assets). Decorative only. */
const PATHS: Record<Route, string[]> = {
  today: [
    'M12 4v2M12 18v2M4 12h2M18 12h2M6.3 6.3l1.4 1.4M16.3 16.3l1.4 1.4M6.3 17.7l1.4-1.4M16.3 7.7l1.4-1.4',
    'M12 8.5a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7z',
  ],
  contacts: ['M12 12a3.5 3.5 0 1 0 0-7a3.5 3.5 0 1 0 0 7z', 'M5 20c.8-3.8 3.6-6 7-6s6.2 2.2 7 6'],
  meetings: [
    'M4 6.5C4 5.1 5.1 4 6.5 4h11C18.9 4 20 5.1 20 6.5v7c0 1.4-1.1 2.5-2.5 2.5H10l-4 4v-4.2C4.8 15.5 4 14.6 4 13.5z',
  ],
  events: [
    'M5 7c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2v11c0 1.1-.9 2-2 2H7c-1.1 0-2-.9-2-2z',
    'M5 10h14M9 3v4M15 3v4',
  ],
  schedule: ['M12 20a8 8 0 1 0 0-16a8 8 0 1 0 0 16z', 'M12 8v4l2.5 2.5'],
  workspace: [
    'M4 6c0-1.1.9-2 2-2h12c1.1 0 2 .9 2 2v9c0 1.1-.9 2-2 2H6c-1.1 0-2-.9-2-2z',
    'M9 20h6',
  ],
  insights: [
    'M12 20c-4-2.5-7-5.5-7-9.5C5 8 6.8 6 9 6c1.3 0 2.4.7 3 1.7C12.6 6.7 13.7 6 15 6c2.2 0 4 2 4 4.5 0 4-3 7-7 9.5z',
  ],
  settings: [
    'M5 7h9M18 7h1M5 17h1M10 17h9',
    'M16 5a2 2 0 1 0 0 4a2 2 0 1 0 0-4zM8 15a2 2 0 1 0 0 4a2 2 0 1 0 0-4z',
  ],
  attention: ['M12 3.5l7 3v5c0 4.3-3 7.6-7 9c-4-1.4-7-4.7-7-9v-5z'],
};

export function NavIcon({ route }: { route: Route }) {
  return (
    <svg className="nav-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {PATHS[route].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
