import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { WorkspaceSite } from '../../../../electron/shared/boundaries';
import { SITE_PRESETS } from '../../../../electron/shared/boundaries';
import type { FieldIssue } from '../../../../electron/shared/result';
import { Field } from '../../components/Field';
import { showToast } from '../../components/toasts';
import { breakText } from './siteBreaks';
import { updateSettings } from '../settings/useSettings';

/** A short, readable id: "linkedin", or "linkedin-2" when taken. */
function siteId(name: string, taken: readonly WorkspaceSite[]): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'site';
  const ids = new Set(taken.map((s) => s.id));
  if (!ids.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!ids.has(candidate)) return candidate;
  }
}

const sameHost = (a: string, b: string) => {
  try {
    return new URL(a).hostname === new URL(b).hostname;
  } catch {
    return false;
  }
};

interface SiteErrors {
  name: string[];
  url: string[];
  general: string[];
}

const noErrors: SiteErrors = { name: [], url: [], general: [] };

/** The host's messages about the new site (path "sites.N.name" / "sites.N.url"), per field. */
function errorsFor(issues: FieldIssue[], index: number, fallback: string): SiteErrors {
  const out: SiteErrors = { name: [], url: [], general: [] };
  for (const issue of issues) {
    if (issue.path === `sites.${index}.name`) out.name.push(issue.message);
    else if (issue.path === `sites.${index}.url`) out.url.push(issue.message);
    else out.general.push(issue.message);
  }
  if (out.name.length + out.url.length + out.general.length === 0) out.general.push(fallback);
  return out;
}

/** The sites the workspace opens: add (by hand or one click), remove. Saved in settings. */
export function SitesPanel({
  sites,
  breaks,
  timeZone,
}: {
  sites: WorkspaceSite[];
  /** Sites on a break (Boundaries & safety → Take a break), locked until then. */
  breaks: ReadonlyArray<{ siteId: string; until: string }>;
  timeZone: string;
}) {
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [errors, setErrors] = useState<SiteErrors>(noErrors);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const urlRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const generalRef = useRef<HTMLDivElement>(null);
  const [focusTick, setFocusTick] = useState(0);

  useEffect(() => {
    if (!focusTick) return;
    if (errors.name.length > 0) nameRef.current?.focus();
    else if (errors.url.length > 0) urlRef.current?.focus();
    else generalRef.current?.focus();
  }, [focusTick, errors]);

  const presets = SITE_PRESETS.filter(
    (preset) => !sites.some((s) => s.name === preset.name || sameHost(s.url, preset.url)),
  );

  const save = async (next: WorkspaceSite[]) => updateSettings({ sites: next });

  const add = async (site: Omit<WorkspaceSite, 'id'>, fromForm: boolean) => {
    if (busy) return;
    setBusy(true);
    const entry = { id: siteId(site.name, sites), name: site.name, url: site.url };
    const result = await save([...sites, entry]);
    setBusy(false);
    if (!result.ok) {
      const found = errorsFor(result.error.issues ?? [], sites.length, result.error.message);
      if (fromForm) {
        setErrors(found);
        setFocusTick((n) => n + 1);
      } else {
        showToast([...found.name, ...found.url, ...found.general].join(' '), { tone: 'error' });
      }
      return;
    }
    if (fromForm) {
      setName('');
      setUrl('');
      setErrors(noErrors);
    }
    showToast(`${site.name} added to your workspace.`);
  };

  const remove = async (site: WorkspaceSite) => {
    const result = await save(sites.filter((s) => s.id !== site.id));
    if (!result.ok) return showToast(result.error.message, { tone: 'error' });
    showToast(`${site.name} removed from your workspace.`);
    document.getElementById('sites-title')?.focus();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void add({ name: name.trim(), url: url.trim() }, true);
  };

  return (
    <section className="panel workspace-section" aria-labelledby="sites-title">
      <h2 id="sites-title" className="panel-title" tabIndex={-1}>
        Sites
      </h2>
      <p className="section-intro">The places you network. They open during your windows.</p>
      {sites.length === 0 ? (
        <p className="muted">No sites yet. Add the ones you use below.</p>
      ) : (
        <ul className="site-list" aria-labelledby="sites-title">
          {sites.map((site) => (
            <li key={site.id} className="site-row">
              <span className="site-row-text">
                <strong>{site.name}</strong>
                <span className="muted site-url">{site.url}</span>
                {breakText(site.id, breaks, timeZone) && (
                  <span className="site-break">{breakText(site.id, breaks, timeZone)}</span>
                )}
              </span>
              <button
                type="button"
                className="button button-small"
                onClick={() => void remove(site)}
              >
                Remove<span className="visually-hidden"> {site.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}

      {presets.length > 0 && (
        <div className="presets">
          <h3 id="presets-title" className="subsection-title">
            Add with one click
          </h3>
          <ul className="preset-list" aria-labelledby="presets-title">
            {presets.map((preset) => (
              <li key={preset.name}>
                <button
                  type="button"
                  className="button button-small"
                  aria-disabled={busy}
                  onClick={() => void add(preset, false)}
                >
                  Add {preset.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      <form className="site-form" aria-labelledby="site-form-title" noValidate onSubmit={onSubmit}>
        <h3 id="site-form-title" className="subsection-title">
          Add site
        </h3>
        {errors.general.length > 0 && (
          <div className="form-errors" role="alert" tabIndex={-1} ref={generalRef}>
            {errors.general.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </div>
        )}
        <div className="site-form-fields">
          <Field
            id="site-name"
            label="Name"
            value={name}
            onChange={setName}
            errors={errors.name}
            inputRef={nameRef}
          />
          <Field
            id="site-url"
            label="Address"
            type="url"
            hint="A web address starting with https://"
            value={url}
            onChange={setUrl}
            errors={errors.url}
            inputRef={urlRef}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={busy}>
            Add site
          </button>
        </div>
      </form>
    </section>
  );
}
