import { useEffect, useRef, type MouseEvent } from 'react';
import { netwell } from '../bridge/netwell';
import { Toaster } from '../components/Toaster';
import { SafetyPage } from '../features/safety/SafetyPage';
import { ContactsPage } from '../features/contacts/ContactsPage';
import { LogInteractionShortcut } from '../features/crm/LogInteractionDialog';
import { ImportDialog } from '../features/import/ImportDialog';
import { EventsPage } from '../features/events/EventsPage';
import { MeetingsPage } from '../features/meetings/MeetingsPage';
import { ComingSoonPage } from '../features/placeholder/ComingSoonPage';
import { SchedulePage } from '../features/schedule/SchedulePage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { useSettings } from '../features/settings/useSettings';
import { TodayPage } from '../features/today/TodayPage';
import { CheckInHost } from '../features/wellbeing/CheckInDialog';
import { InsightsPage } from '../features/wellbeing/InsightsPage';
import { WorkspacePage } from '../features/workspace/WorkspacePage';
import { AREA_TITLES } from './areas';
import { Brand } from './Brand';
import { LeaveDialog } from './LeaveDialog';
import { Navigation } from './Navigation';
import { NoticesBanner } from './NoticesBanner';
import { StatusArea } from './StatusArea';
import { navigate, useRoute, type AppLocation } from './useRoute';

function Page({ place }: { place: AppLocation }) {
  switch (place.area) {
    case 'today':
      return <TodayPage />;
    case 'contacts':
      return <ContactsPage place={place} />;
    case 'meetings':
      return <MeetingsPage />;
    case 'schedule':
      return <SchedulePage />;
    case 'workspace':
      return <WorkspacePage />;
    case 'events':
      return <EventsPage />;
    case 'settings':
      return <SettingsPage />;
    // The route keeps its first name: it is in the shared Route enum and in the page's URL.
    case 'attention':
      return <SafetyPage />;
    case 'insights':
      return <InsightsPage />;
    default:
      return <ComingSoonPage area={place.area} />;
  }
}

/** The window: header with status, navigation on the left, the current area in the middle. */
export function App() {
  const place = useRoute();
  const mainRef = useRef<HTMLElement>(null);
  const previousArea = useRef(place.area);
  useSettings(); // Keeps the theme applied wherever the user is.

  useEffect(() => netwell.on('app.navigate', ({ route }) => navigate({ area: route })), []);

  useEffect(() => {
    document.title = `${AREA_TITLES[place.area]} · Netwell`;
    if (previousArea.current === place.area) return;
    previousArea.current = place.area;
    // Moving to another area lands on its heading, unless the page already put focus inside.
    if (!mainRef.current?.contains(document.activeElement)) {
      mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
    }
  }, [place.area]);

  const skipToMain = (event: MouseEvent) => {
    event.preventDefault();
    mainRef.current?.focus();
  };

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="app-header">
        <Brand />
        <StatusArea />
      </header>
      <Navigation current={place.area} />
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        <NoticesBanner />
        <Page place={place} />
        <Toaster />
      </main>
      <LogInteractionShortcut />
      <ImportDialog />
      <CheckInHost />
      <LeaveDialog />
    </div>
  );
}
