import { netwell } from '../bridge/netwell';
import { showToast } from '../components/toasts';
import { QuickActions } from './QuickActions';
import { useTray } from './useTray';

/** Tray items that only make sense in a tray menu, not inside the window itself. */
const TRAY_ONLY = new Set(['open', 'quit']);

/**
 * The header's status: the same line the tray shows (on GNOME there is no tray, so this is where
 * it lives), and the tray's quick actions that make sense inside the window.
 */
export function StatusArea() {
  const tray = useTray();
  if (!tray) return <div className="status-area" />;
  const status = tray.items.find((item) => item.kind === 'status')?.label ?? tray.tooltip;
  const actions = tray.items.filter((item) => item.kind !== 'status' && !TRAY_ONLY.has(item.id));

  const activate = async (id: string) => {
    const result = await netwell.tray.activate({ id });
    if (!result.ok) showToast(result.error.message, { tone: 'error' });
  };

  return (
    <div className="status-area">
      <p className="status-line">
        <span className={`status-dot status-${tray.icon}`} aria-hidden="true" />
        <span className="visually-hidden">Networking status: </span>
        {status}
      </p>
      <QuickActions items={actions} onActivate={(id) => void activate(id)} />
    </div>
  );
}
