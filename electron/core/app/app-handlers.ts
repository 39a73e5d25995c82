import type { HandlersOf } from '../dispatch';
import type { ExternalLinks } from '../external-links';
import type { HostPort } from '../ports';
import type { Notices } from './notices';

/** The `app.*` calls: what the app is, its notices, and opening a link outside it. */
export function appHandlers({
  host,
  dataDir,
  notices,
  links,
}: {
  host: HostPort;
  dataDir: string;
  notices: Notices;
  links: ExternalLinks;
}) {
  return {
    'app.info': () => ({
      name: 'Netwell',
      version: host.version,
      host: host.kind,
      platform: host.platform,
      dataDir,
      trayAvailable: host.trayAvailable(),
    }),
    'app.notices': () => notices.list(),
    'app.dismissNotice': ({ id }) => {
      notices.dismiss(id);
      return null;
    },
    'app.openExternal': async ({ url }) => {
      await links.open(url);
      return null;
    },
  } satisfies HandlersOf<'app'>;
}
