import { useEffect, useId, useRef, useState } from 'react';
import { useOverlay } from '../lib/overlays';
import type { TrayItem } from '../../../electron/shared/app-model';

export interface QuickActionsProps {
  /** The tray's items (separators split them into groups); the caller leaves out tray-only ones. */
  items: TrayItem[];
  onActivate: (id: string) => void;
}

function groupsOf(items: TrayItem[]): TrayItem[][] {
  const groups: TrayItem[][] = [[]];
  for (const item of items) {
    if (item.kind === 'separator') groups.push([]);
    else if (item.kind === 'action') groups[groups.length - 1]!.push(item);
  }
  return groups.filter((group) => group.length > 0);
}

/**
 * The tray menu's actions inside the window, behind one "Quick actions" button (a disclosure:
 * Tab moves through the actions, Escape closes and returns to the button).
 */
export function QuickActions({ items, onActivate }: QuickActionsProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const groups = groupsOf(items);
  useOverlay(open);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onFocus = (event: FocusEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('focusin', onFocus);
    };
  }, [open]);

  if (groups.length === 0) return null;

  return (
    <div
      className="quick-actions"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="button button-small"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        Quick actions
        <svg className="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="m4 6 4 4 4-4" />
        </svg>
      </button>
      <div className="quick-actions-panel" id={panelId} hidden={!open}>
        {groups.map((group) => (
          <ul key={group[0]!.id} className="quick-actions-group">
            {group.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  className="quick-action"
                  disabled={!item.enabled}
                  onClick={() => {
                    setOpen(false);
                    buttonRef.current?.focus();
                    onActivate(item.id);
                  }}
                >
                  {item.label}
                </button>
              </li>
            ))}
          </ul>
        ))}
      </div>
    </div>
  );
}
