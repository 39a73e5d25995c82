import { isSafeExternalUrl } from '../../shared/safe-external-url';
import type { HandlersOf } from '../dispatch';
import { UserError } from '../errors';
import type { HostPort } from '../ports';
import type { Notices } from './notices';

/** The `app.*` calls: what the app is, its notices, and opening a link outside it. */
export function appHandlers({
  host,
  dataDir,
  notices,
}: {
  host: HostPort;
  dataDir: string;
  notices: Notices;
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
      if (!isSafeExternalUrl(url)) {
        throw new UserError(
          'forbidden',
          'Netwell only opens https:// web pages and mailto: links.',
        );
      }
      await host.openExternal(url);
      return null;
    },
  } satisfies HandlersOf<'app'>;
}
