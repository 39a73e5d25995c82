import { useAppInfo } from '../../app/useAppInfo';
import { PageHeading } from '../../components/PageHeading';
import { showToast } from '../../components/toasts';
import {
  BoundariesSection,
  NotificationsSection,
  StartupSection,
} from './BoundarySettingsSections';
import { InvitationSettingsSection } from './InvitationSettingsSection';
import { SyncSection } from './sync/SyncSection';
import { TagCadencesSection } from './TagCadencesSection';
import { YourDataSection } from './YourDataSection';
import { updateSettings, useSettings, type Theme } from './useSettings';

const THEMES: { value: Theme; label: string; hint: string }[] = [
  { value: 'system', label: 'System', hint: 'Follow your computer’s light or dark setting.' },
  { value: 'light', label: 'Light', hint: 'Always light.' },
  { value: 'dark', label: 'Dark', hint: 'Always dark.' },
];

export function SettingsPage() {
  const settings = useSettings();
  const info = useAppInfo();

  const choose = async (theme: Theme) => {
    const result = await updateSettings({ theme });
    if (!result.ok) showToast(result.error.message, { tone: 'error' });
  };

  return (
    <div className="page page-settings">
      <div className="page-header">
        <PageHeading>Settings</PageHeading>
      </div>

      {settings && (
        <>
          <BoundariesSection settings={settings} />
          <NotificationsSection settings={settings} />
          <StartupSection
            settings={settings}
            isWeb={info.status === 'ready' && info.info.host === 'web'}
          />
        </>
      )}

      <TagCadencesSection />
      {settings && <InvitationSettingsSection settings={settings} />}

      <SyncSection />

      <YourDataSection />

      <section className="panel settings-section" aria-labelledby="settings-appearance">
        <h2 id="settings-appearance" className="panel-title">
          Appearance
        </h2>
        <fieldset className="choice-group">
          <legend>Theme</legend>
          {THEMES.map((theme) => (
            <div className="choice" key={theme.value}>
              <input
                type="radio"
                id={`theme-${theme.value}`}
                name="theme"
                value={theme.value}
                checked={(settings?.theme ?? 'system') === theme.value}
                disabled={!settings}
                aria-describedby={`theme-${theme.value}-hint`}
                onChange={() => void choose(theme.value)}
              />
              <label htmlFor={`theme-${theme.value}`}>{theme.label}</label>
              <span className="choice-hint" id={`theme-${theme.value}-hint`}>
                {theme.hint}
              </span>
            </div>
          ))}
        </fieldset>
      </section>

      <section className="panel settings-section" aria-labelledby="settings-about">
        <h2 id="settings-about" className="panel-title">
          About
        </h2>
        {info.status === 'loading' && <p className="muted">Loading…</p>}
        {info.status === 'error' && <p className="inline-error">{info.message}</p>}
        {info.status === 'ready' && (
          <>
            <dl className="about-list">
              <div className="detail-row">
                <dt>Version</dt>
                <dd>
                  {info.info.name} {info.info.version}
                </dd>
              </div>
              <div className="detail-row">
                <dt>Your data lives in</dt>
                <dd>
                  <code className="path">{info.info.dataDir}</code>
                </dd>
              </div>
              <div className="detail-row">
                <dt>Running as</dt>
                <dd>
                  {info.info.host === 'electron' ? 'Desktop app' : 'Browser host'} on{' '}
                  {info.info.platform}
                </dd>
              </div>
              <div className="detail-row">
                <dt>Tray</dt>
                <dd>
                  {info.info.trayAvailable
                    ? 'Netwell’s status is in the system tray and at the top of this window.'
                    : info.info.host === 'web'
                      ? 'In the browser, Netwell’s status lives at the top of this window.'
                      : 'This desktop shows no tray icon, so Netwell’s status lives at the top of this window.'}
                </dd>
              </div>
            </dl>
            <p className="muted">
              Your contacts and settings are kept in this folder, on this computer.
            </p>
          </>
        )}
      </section>
    </div>
  );
}
