import { useState } from 'react';
import type { Guidance, GuidanceAction } from '../../../../electron/shared/wellbeing';
import { netwell } from '../../bridge/netwell';
import { showToast } from '../../components/toasts';
import { navigate } from '../../app/useRoute';

/** Gentle suggestions, each with its reason, its threshold, a one-click action and "never again". */
export function GuidanceCards({ items }: { items: Guidance[] }) {
  const [busy, setBusy] = useState(false);
  if (items.length === 0) return null;

  const act = async (g: Guidance, action: GuidanceAction) => {
    if (busy) return;
    setBusy(true);
    const result = await netwell.wellbeing.actOnGuidance({ id: g.id, action: action.type });
    setBusy(false);
    if (!result.ok) {
      showToast(result.error.issues?.[0]?.message ?? result.error.message, { tone: 'error' });
      return;
    }
    showToast(result.value.message);
    if (result.value.route) navigate({ area: result.value.route });
  };

  const dismiss = async (g: Guidance) => {
    const before = await netwell.settings.get();
    const result = await netwell.wellbeing.dismissGuidance({ id: g.id });
    if (!result.ok) {
      showToast(result.error.message, { tone: 'error' });
      return;
    }
    // "For good", but a slip of the finger can be undone.
    showToast('Understood: this suggestion will not come back.', {
      focusAction: true,
      action: {
        label: 'Undo',
        run: () => {
          if (!before.ok) return;
          void netwell.settings.update({ wellbeing: before.value.wellbeing });
        },
      },
    });
  };

  return (
    <section className="guidance" aria-labelledby="guidance-title">
      <h2 id="guidance-title" className="section-title">
        Suggestions
      </h2>
      <ul className="guidance-list">
        {items.map((g) => (
          <li key={g.id}>
            <article className="panel card guidance-card" aria-labelledby={`guidance-${g.id}`}>
              <h3 id={`guidance-${g.id}`} className="card-title">
                {g.title}
              </h3>
              <p>{g.reason}</p>
              <p className="field-hint">Suggested after {g.threshold}.</p>
              <div className="button-row">
                {g.actions.map((a, i) => (
                  <button
                    key={a.type}
                    type="button"
                    className={i === 0 ? 'button button-primary' : 'button'}
                    disabled={busy}
                    onClick={() => void act(g, a)}
                  >
                    {a.label}
                  </button>
                ))}
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => void dismiss(g)}
                >
                  Don’t suggest this again<span className="visually-hidden">: {g.title}</span>
                </button>
              </div>
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
