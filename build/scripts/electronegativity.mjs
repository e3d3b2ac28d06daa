// Runs Electronegativity (offline) over the main-process sources and the renderer's HTML, and fails on
// any finding above LOW. Part of `npm test`.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './native-paths.mjs';

const bin = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity');
const { version } = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'));

// One scan over both, staged together: the global checks (CSP, navigation limits, permission handler)
// look across all files, and scanning them apart reports what the other half already does. The HTML
// is the built one (npm test builds first): its CSP is filled in at build time.
const stage = mkdtempSync(join(tmpdir(), 'tandem-eng-'));
cpSync(join(root, 'electron'), join(stage, 'app', 'electron'), { recursive: true });
cpSync(join(root, 'dist', 'renderer', 'index.html'), join(stage, 'app', 'renderer', 'index.html'));

// SARIF, not CSV: its CSV writer races and sometimes overwrites rows, which would pass a finding silently.
const report = join(stage, 'report.sarif');
const res = spawnSync(bin, ['-i', join(stage, 'app'), '-o', report, '-r', '-v', 'false', '-e', version], { cwd: stage, encoding: 'utf8' });
let results;
try {
  if (res.status !== 0) throw new Error(`exit ${res.status}`);
  results = JSON.parse(readFileSync(report, 'utf8')).runs[0].results;
  if (!Array.isArray(results)) throw new Error('no results array');
} catch (error) {
  // An unreadable report is a failed check, never a pass.
  console.error(`electronegativity: could not read its report (${error.message})\n${res.stdout ?? ''}${res.stderr ?? ''}`);
  process.exit(1);
} finally {
  rmSync(stage, { recursive: true, force: true });
}

// SARIF levels: HIGH -> error, MEDIUM -> warning, LOW and informational -> note.
const SEVERITY = { error: 'HIGH', warning: 'MEDIUM', note: 'LOW', none: 'INFO' };
const findings = results.map((r) => {
  const loc = r.locations?.[0]?.physicalLocation;
  return { check: r.ruleId, severity: SEVERITY[r.level] ?? 'HIGH', file: loc?.artifactLocation?.uri ?? '?', at: loc?.region?.startLine ?? 0 };
});
const blocking = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
for (const f of findings) console.log(`${blocking.includes(f) ? 'FAIL' : 'ok  '} ${f.severity.padEnd(6)} ${f.check} ${f.file}:${f.at}`);
console.log(`electronegativity: ${findings.length} findings, ${blocking.length} above LOW`);
process.exit(blocking.length ? 1 : 0);
