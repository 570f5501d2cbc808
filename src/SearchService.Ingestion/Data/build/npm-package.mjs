// Unpacks an npm package (name@version) into a temporary folder with `npm pack`, without installing it or running its
// scripts, and returns the folder of its files: the data scripts here read packages' data files only.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function unpack(spec) {
  const dir = mkdtempSync(join(tmpdir(), 'npm-package-'));
  execFileSync('npm', ['pack', spec, '--silent'], { cwd: dir });
  execFileSync('tar', ['xzf', readdirSync(dir).find(f => f.endsWith('.tgz'))], { cwd: dir });
  return join(dir, 'package');
}
