import type { Route } from '../../../../electron/shared/app-model';
import { AREA_TITLES } from '../../app/areas';
import { PageHeading } from '../../components/PageHeading';

/** What each area not built yet will do, in one friendly sentence. */
const PROMISES: Partial<Record<Route, string>> = {
  meetings:
    'Meetings arrive in a coming version: note who you met, what you talked about and what you promised to follow up on, all kept on this computer.',
  events:
    'Events arrive in a coming version: keep the meetups and conferences you go to in person, and who you hope to see there.',
};

export function ComingSoonPage({ area }: { area: Route }) {
  return (
    <div className="page">
      <div className="page-header">
        <PageHeading>{AREA_TITLES[area]}</PageHeading>
      </div>
      <div className="panel panel-quiet coming-soon">
        <p>{PROMISES[area] ?? 'This part of Netwell arrives in a coming version.'}</p>
        <p className="muted">
          Until then, your <a href="#/contacts">contacts</a> are ready whenever you are.
        </p>
      </div>
    </div>
  );
}
