import { PageHeading } from '../../components/PageHeading';
import { browserTimeZone } from '../../lib/time';
import { useBoundaries } from '../../app/useBoundaries';
import { BlockedPeople } from './BlockedPeople';
import { PlatformBreak } from './PlatformBreak';
import { ReportLog } from './ReportLog';

/** Boundaries & safety: unwanted attention written down, breaks from a platform, blocked people. */
export function SafetyPage() {
  const status = useBoundaries();
  const timeZone = status?.timeZone ?? browserTimeZone();
  return (
    <div className="page page-attention">
      <div className="page-header">
        <PageHeading>Boundaries &amp; safety</PageHeading>
      </div>
      <p className="lead">
        Networking should never cost you your peace. If someone’s attention is unwanted, you decide
        what happens next.
      </p>
      <div className="attention-layout">
        <PlatformBreak timeZone={timeZone} />
        <ReportLog timeZone={timeZone} />
        <BlockedPeople timeZone={timeZone} />
      </div>
    </div>
  );
}
