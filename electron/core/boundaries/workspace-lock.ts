import type { BoundaryStatus } from '../../shared/boundaries';

/**
 * Tells the host to open or close the networking sites, only when that changed: the access, or
 * which sites are on a break (those stay closed whatever the access says).
 */
export class WorkspaceLock {
  private lastOpen: boolean | null = null;
  private lastBreaks = '';

  constructor(private readonly apply: (open: boolean, onBreak: readonly string[]) => void) {}

  follow(status: BoundaryStatus): void {
    const onBreak = status.siteBreaks.map((b) => b.siteId).sort();
    const breaks = onBreak.join('\n');
    if (status.access.open === this.lastOpen && breaks === this.lastBreaks) return;
    this.lastOpen = status.access.open;
    this.lastBreaks = breaks;
    this.apply(status.access.open, onBreak);
  }
}
