// `npm test`: lint, typecheck, build, unit tests (Vitest, plain Node) and browser tests (Playwright: Chromium
// against `verbatim serve`; Electron where a binary exists). Ends with one line: N passed, N failed, N skipped.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const results = path.join(root, 'test-results');
fs.mkdirSync(path.join(results, 'screens'), { recursive: true });
const vitestJson = path.join(results, 'vitest.json');
const playwrightJson = path.join(results, 'playwright.json');
fs.rmSync(vitestJson, { force: true });
fs.rmSync(playwrightJson, { force: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const notes = [];

function run(label, command, args, env = {}) {
  console.log(`\n── ${label} ──`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`── ${label}: ${result.status === 0 ? 'ok' : `exit ${result.status}`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

/** A step that is one check of its own (lint, typecheck, build). */
function check(label, command, args) {
  const ok = run(label, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  if (!ok) notes.push(`${label} failed`);
  return ok;
}

check('lint', bin('eslint'), ['.']);
check('typecheck', bin('tsc'), ['-b']);
const built = check('build', process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--quiet']);

const unitOk = run('unit tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (fs.existsSync(vitestJson)) {
  const v = JSON.parse(fs.readFileSync(vitestJson, 'utf8'));
  totals.passed += v.numPassedTests;
  totals.failed += v.numFailedTests;
  totals.skipped += v.numPendingTests + v.numTodoTests;
  if (!unitOk && v.numFailedTests === 0) {
    totals.failed += 1;
    notes.push('vitest exited with an error outside the tests');
  }
} else {
  totals.failed += 1;
  notes.push('vitest produced no results');
}

if (built) {
  const e2eOk = run('browser tests (playwright)', bin('playwright'), ['test'], { PW_JSON_OUTPUT: playwrightJson });
  if (fs.existsSync(playwrightJson)) {
    const report = JSON.parse(fs.readFileSync(playwrightJson, 'utf8'));
    const s = report.stats;
    totals.passed += s.expected + s.flaky;
    totals.failed += s.unexpected;
    totals.skipped += s.skipped;
    const walk = (suite) => [...(suite.specs ?? []).flatMap((spec) => spec.tests.map((t) => ({ spec, t }))), ...(suite.suites ?? []).flatMap(walk)];
    for (const { spec, t } of report.suites.flatMap(walk)) {
      if (t.status === 'skipped') {
        const reason = t.annotations?.find((a) => a.type === 'skip')?.description ?? 'skipped';
        notes.push(`SKIPPED [${t.projectName}] ${spec.title}: ${reason}`);
      }
    }
    if (!e2eOk && s.unexpected === 0) {
      totals.failed += 1;
      notes.push('playwright exited with an error outside the tests');
    }
  } else {
    totals.failed += 1;
    notes.push('playwright produced no results');
  }
} else {
  notes.push('browser tests not run: the build failed');
}

console.log('');
for (const note of notes) console.log(note);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed === 0 ? 0 : 1);
