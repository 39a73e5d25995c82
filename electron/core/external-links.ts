import { isSafeExternalUrl } from '../shared/safe-external-url';
import { UserError } from './errors';
import type { HostPort } from './ports';

/** Links leave the app only as https:// pages or mailto: links, whoever asks. */
export class ExternalLinks {
  constructor(private readonly host: Pick<HostPort, 'openExternal'>) {}

  async open(url: string): Promise<void> {
    if (!isSafeExternalUrl(url)) {
      throw new UserError('forbidden', 'Netwell only opens https:// web pages and mailto: links.');
    }
    await this.host.openExternal(url);
  }
}
