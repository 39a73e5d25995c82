import { useEffect, useRef, type MouseEvent } from 'react';
import { netwell } from '../bridge/netwell';
import { Toaster } from '../components/Toaster';
import { LogInteractionShortcut } from '../features/crm/LogInteractionDialog';
import { ImportDialog } from '../features/import/ImportDialog';
import { useSettings } from '../features/settings/useSettings';
import { CheckInHost } from '../features/wellbeing/CheckInDialog';
import { AREA_TITLES } from './areas';
import { Brand } from './Brand';
import { LeaveDialog } from './LeaveDialog';
import { Navigation } from './Navigation';
import { NoticesBanner } from './NoticesBanner';
import { usePage } from './pages';
import { StatusArea } from './StatusArea';
import { navigate, useRoute } from './useRoute';

/** The window: header with status, navigation on the left, the current area in the middle. */
export function App() {
  const place = useRoute();
  const mainRef = useRef<HTMLElement>(null);
  const previousArea = useRef(place.area);
  // Null while the area's code loads (its first showing, before the background loading reached it).
  const page = usePage(place);
  useSettings(); // Keeps the theme applied wherever the user is.

  useEffect(() => netwell.on('app.navigate', ({ route }) => navigate({ area: route })), []);

  useEffect(() => {
    document.title = `${AREA_TITLES[place.area]} · Netwell`;
  }, [place.area]);

  useEffect(() => {
    if (!page || previousArea.current === place.area) return;
    previousArea.current = place.area;
    // Moving to another area lands on its heading, unless the page already put focus inside.
    if (!mainRef.current?.contains(document.activeElement)) {
      mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
    }
  }, [place.area, page]);

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
        {page ?? <div className="page" aria-busy="true" />}
        <Toaster />
      </main>
      <LogInteractionShortcut />
      <ImportDialog />
      <CheckInHost />
      <LeaveDialog />
    </div>
  );
}
