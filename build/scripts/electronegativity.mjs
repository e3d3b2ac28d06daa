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
// look across all files, and scanning them apart reports what the other half already does.
const stage = mkdtempSync(join(tmpdir(), 'tandem-eng-'));
cpSync(join(root, 'electron'), join(stage, 'app', 'electron'), { recursive: true });
cpSync(join(root, 'renderer', 'index.html'), join(stage, 'app', 'renderer', 'index.html'));
const csv = join(stage, 'report.csv');
const res = spawnSync(bin, ['-i', join(stage, 'app'), '-o', csv, '-r', '-v', 'false', '-e', version], { cwd: stage, encoding: 'utf8' });
if (res.status !== 0) {
  console.error(res.stdout, res.stderr);
  process.exit(1);
}
const findings = [];
for (const line of readFileSync(csv, 'utf8').split('\n').slice(1)) {
  const m = /^([A-Z_]+),"(\w+)","(\w+)","([^"]*)","([^"]*)"/.exec(line);
  if (m) findings.push({ check: m[1], severity: m[2], confidence: m[3], file: m[4], at: m[5] });
}
rmSync(stage, { recursive: true, force: true });

const blocking = findings.filter((f) => f.severity !== 'LOW' && f.severity !== 'INFORMATIONAL');
for (const f of findings) console.log(`${blocking.includes(f) ? 'FAIL' : 'ok  '} ${f.severity.padEnd(6)} ${f.check} ${f.file}:${f.at}`);
console.log(`electronegativity: ${findings.length} findings, ${blocking.length} above LOW`);
process.exit(blocking.length ? 1 : 0);
