import { describe, expect, it } from 'vitest';
import { browserCommand, listeningAddress } from '../../scripts/open-browser.mjs';

const line = 'Netwell web host listening on http://127.0.0.1:5718/?token=Ab-_09xyz\n';

describe("npm start's fallback opens the printed address, key included", () => {
  it('waits for the whole listening line', () => {
    expect(listeningAddress('building...\n')).toBeNull();
    expect(listeningAddress(line.slice(0, -4))).toBeNull();
    expect(listeningAddress(`building...\n${line}Data folder: /tmp/x\n`)).toBe(
      'http://127.0.0.1:5718/?token=Ab-_09xyz',
    );
  });

  it("uses each OS's opener with the URL as one argument", () => {
    const url = 'http://127.0.0.1:5718/?token=Ab-_09xyz';
    expect(browserCommand(url, 'linux')).toEqual(['xdg-open', [url]]);
    expect(browserCommand(url, 'darwin')).toEqual(['open', [url]]);
    expect(browserCommand(url, 'win32')).toEqual([
      'rundll32',
      ['url.dll,FileProtocolHandler', url],
    ]);
    expect(browserCommand('http://127.0.0.1:1/?token=a&calc', 'win32')).toBeNull();
  });
});
