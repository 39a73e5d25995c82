// `npm test`: type-check, lint, unit and shell tests (Vitest), end-to-end tests (Playwright: the
// browser host in Chromium, and the Electron app where its binary is installed), and the quick
// torture run. Every step runs even if an earlier one fails; the last line sums up all tests.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, 'test-results', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

// The static checks are single-threaded: they run side by side, each printed when it ends.
const checks = [
  ['Type-check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['Lint', 'npx', ['eslint', '.']],
  ['Format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
];
const steps = [
  [
    'Unit and shell tests',
    'npx',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(reports, 'vitest.json')}`,
    ],
  ],
  [
    'End-to-end tests',
    'npx',
    ['playwright', 'test', '--reporter=list,json'],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'playwright.json') },
  ],
  // The host crashed and attacked on purpose, shortened (npm run torture for the full run).
  [
    'Torture test (quick)',
    process.execPath,
    ['scripts/torture.mjs', '--quick', '--json-out', join(reports, 'torture.json')],
  ],
];

const failedSteps = [];
const checked = await Promise.all(
  checks.map(
    ([title, command, args]) =>
      new Promise((resolve) => {
        const child = spawn(command, args, { cwd: root, env: process.env });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('close', (code) => resolve({ title, code, output }));
      }),
  ),
);
for (const { title, code, output } of checked) {
  console.log(`\n=== ${title} ===`);
  process.stdout.write(output);
  if (code !== 0) failedSteps.push(title);
}
for (const [title, command, args, env] of steps) {
  console.log(`\n=== ${title} ===`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) failedSteps.push(title);
}

const counts = { passed: 0, failed: 0, skipped: 0 };
// The failed tests are named again at the end: a CI log is often read from its last lines only.
const failures = [];
const firstLine = (text) =>
  String(text ?? '')
    .split('\n')
    .find((line) => line.trim()) ?? '';
const vitest = join(reports, 'vitest.json');
if (existsSync(vitest)) {
  const v = JSON.parse(readFileSync(vitest, 'utf8'));
  counts.passed += v.numPassedTests;
  counts.failed += v.numFailedTests;
  counts.skipped += v.numPendingTests + v.numTodoTests;
  for (const file of v.testResults) {
    const where = file.name.slice(root.length);
    for (const t of file.assertionResults)
      if (t.status === 'failed')
        failures.push(`${where} › ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
    // A file that failed to load, or a hook that failed, has no failed test of its own.
    if (file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed'))
      failures.push(`${where}: ${firstLine(file.message)}`);
  }
}
const playwright = join(reports, 'playwright.json');
if (existsSync(playwright)) {
  const report = JSON.parse(readFileSync(playwright, 'utf8'));
  const p = report.stats;
  counts.passed += p.expected + p.flaky;
  counts.failed += p.unexpected;
  counts.skipped += p.skipped;
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests)
        if (test.status === 'unexpected') {
          const error = test.results.at(-1)?.error?.message;
          failures.push(
            `${spec.file} › ${[...titles, spec.title].join(' › ')}: ${firstLine(error)}`,
          );
        }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
}

// Each torture case counts as one test.
const torture = join(reports, 'torture.json');
if (existsSync(torture)) {
  const cases = Object.entries(JSON.parse(readFileSync(torture, 'utf8'))).filter(
    ([name]) => name !== 'total',
  );
  for (const [, figures] of cases) {
    if (figures.skipped) counts.skipped++;
    else if (figures.passed) counts.passed++;
    else counts.failed++;
  }
}

console.log('');
// ANSI colours out, and long messages cut, so each failure is one readable line.
for (const failure of failures)
  console.log(`FAILED ${stripVTControlCharacters(failure).slice(0, 400)}`);
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join(', ')}`);
console.log(`netwell: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedSteps.length ? 1 : 0);
