/** The end of a run: the headline figures, one row per case, and the --json object. */
import type { CaseResult } from './case-result';

const sum = (results: CaseResult[], figure: string) =>
  results.reduce((total, r) => total + (r.figures[figure] ?? 0), 0);
const peak = (results: CaseResult[], figure: string) =>
  Math.max(0, ...results.map((r) => r.figures[figure] ?? 0));

/** The figures issue #13 asks for, across cases. */
export function headline(results: CaseResult[]): Record<string, number> {
  return {
    rounds: sum(results, 'rounds'),
    acknowledgedWrites: sum(results, 'acknowledged'),
    lost: sum(results, 'lost'),
    duplicates: sum(results, 'duplicates'),
    restartsRefused: sum(results, 'refused'),
    inputsTried: sum(results, 'inputsTried') + sum(results, 'framesTried'),
    crashes: sum(results, 'crashes'),
    hangs: sum(results, 'hangs'),
    internalErrors: sum(results, 'internalErrors'),
    peakRssMb: peak(results, 'peakRssMb'),
  };
}

export function printTable(results: CaseResult[], seconds: number): void {
  console.log('\nTorture figures');
  for (const [name, value] of Object.entries(headline(results)))
    console.log(`  ${name.padEnd(20)} ${String(value).padStart(8)}`);
  console.log('');
  const rows = results.map((r) => [
    r.name,
    r.status,
    Object.entries(r.figures)
      .map(([k, v]) => `${k} ${v}`)
      .join(', '),
  ]);
  const widths = [0, 1].map((i) => Math.max(...rows.map((row) => row[i]!.length), 6));
  console.log(`${'case'.padEnd(widths[0]!)}  ${'result'.padEnd(widths[1]!)}  figures`);
  for (const row of rows)
    console.log(`${row[0]!.padEnd(widths[0]!)}  ${row[1]!.padEnd(widths[1]!)}  ${row[2]}`);
  // Failed checks, and the reasons for anything skipped (also inside a passing case).
  for (const r of results.filter((result) => result.notes.length)) {
    console.log(`\n${r.name} (${r.status}):`);
    for (const note of r.notes.slice(0, 30)) console.log(`  - ${note}`);
    if (r.notes.length > 30) console.log(`  … and ${r.notes.length - 30} more`);
  }
  const counts = ['pass', 'fail', 'skipped'].map(
    (s) => results.filter((r) => r.status === s).length,
  );
  console.log(
    `\ntorture: ${counts[0]} passed, ${counts[1]} failed, ${counts[2]} skipped (${seconds} s)`,
  );
}

/** Plain numbers only: per case its figures and 1/0 for passed and skipped. */
export function toJson(
  results: CaseResult[],
  seconds: number,
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = { total: { ...headline(results), seconds } };
  for (const r of results)
    out[r.name.replace(/\W+/g, '_')] = {
      ...r.figures,
      passed: r.status === 'pass' ? 1 : 0,
      skipped: r.status === 'skipped' ? 1 : 0,
    };
  out['total']!['casesFailed'] = results.filter((r) => r.status === 'fail').length;
  return out;
}
