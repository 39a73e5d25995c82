/** What each torture case hands back: pass, fail or skipped, why, and its figures. */
export type CaseStatus = 'pass' | 'fail' | 'skipped';

export interface CaseResult {
  name: string;
  status: CaseStatus;
  /** One line per failed check or skip reason, in words. */
  notes: string[];
  figures: Record<string, number>;
}

/** Collects a case's checks: any failed one fails the case. */
export class CaseReport {
  private readonly failures: string[] = [];
  private readonly skips: string[] = [];
  readonly figures: Record<string, number> = {};

  constructor(readonly name: string) {}

  get failureCount(): number {
    return this.failures.length;
  }

  check(ok: boolean, whatFailed: string): boolean {
    if (!ok) {
      this.failures.push(whatFailed);
      console.log(`  FAIL ${this.name}: ${whatFailed}`);
    }
    return ok;
  }

  skip(reason: string): void {
    this.skips.push(reason);
    console.log(`  skip ${this.name}: ${reason}`);
  }

  add(figure: string, by = 1): void {
    this.figures[figure] = (this.figures[figure] ?? 0) + by;
  }

  max(figure: string, value: number): void {
    this.figures[figure] = Math.max(this.figures[figure] ?? 0, value);
  }

  /** A case whose every check was skipped is "skipped"; one failed check makes it "fail". */
  result(checksRun: boolean): CaseResult {
    const status = this.failures.length ? 'fail' : checksRun ? 'pass' : 'skipped';
    return {
      name: this.name,
      status,
      notes: [...this.failures, ...this.skips.map((s) => `skipped: ${s}`)],
      figures: this.figures,
    };
  }
}
