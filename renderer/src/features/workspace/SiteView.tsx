import { useEffect, useRef, useState } from 'react';
import type { WorkspaceSite } from '../../../../electron/shared/boundaries';
import { netwell } from '../../bridge/netwell';
import { openOverlays } from '../../lib/overlays';

interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of `element` inside the window, in whole CSS pixels (the site view goes exactly there). */
function visibleBounds(element: HTMLElement): Bounds {
  const rect = element.getBoundingClientRect();
  const left = Math.max(0, rect.left);
  const top = Math.max(0, rect.top);
  const right = Math.min(window.innerWidth, rect.right);
  const bottom = Math.min(window.innerHeight, rect.bottom);
  return {
    x: Math.round(left),
    y: Math.round(top),
    width: Math.max(0, Math.round(right - left)),
    height: Math.max(0, Math.round(bottom - top)),
  };
}

export interface SiteViewProps {
  site: WorkspaceSite;
  /** The host could not embed the site after all (shows links instead). */
  onNotEmbedded: () => void;
}

/**
 * Where the desktop app puts the chosen site: an empty box whose place on screen is sent to the
 * host, and kept in sync as the window or the page moves. Leaving (or the workspace locking, which
 * unmounts this) hides the site again.
 */
export function SiteView({ site, onNotEmbedded }: SiteViewProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const notEmbedded = useRef(onNotEmbedded);
  useEffect(() => {
    notEmbedded.current = onNotEmbedded;
  });

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    let frame = 0;
    let last = '';
    let gone = false;
    const send = () => {
      if (openOverlays.get() > 0) {
        // A panel of ours is open over the page: take the native view away until it closes.
        if (last !== 'hidden') void netwell.workspace.hide();
        last = 'hidden';
        return;
      }
      const bounds = visibleBounds(box);
      const key = JSON.stringify(bounds);
      if (key === last) return;
      last = key;
      void netwell.workspace.show({ siteId: site.id, bounds }).then((result) => {
        if (gone) return;
        if (!result.ok) setProblem(result.error.message);
        else if (!result.value.embedded) notEmbedded.current();
        else setProblem(null);
      });
    };
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(send);
    };
    send();
    const unsubscribeOverlays = openOverlays.subscribe(later);
    const observer = new ResizeObserver(later);
    observer.observe(box);
    window.addEventListener('resize', later);
    document.addEventListener('scroll', later, true);
    return () => {
      gone = true;
      cancelAnimationFrame(frame);
      unsubscribeOverlays();
      observer.disconnect();
      window.removeEventListener('resize', later);
      document.removeEventListener('scroll', later, true);
      void netwell.workspace.hide();
    };
  }, [site.id]);

  return (
    <div
      ref={boxRef}
      className="site-view"
      role="region"
      aria-label={`${site.name}, opened in Netwell`}
    >
      {problem ? (
        <p className="site-view-note">{problem}</p>
      ) : (
        <p className="site-view-note muted">Opening {site.name}…</p>
      )}
    </div>
  );
}
