/** Screening the 110,309 Canadian supplier names with the CLI, as a user would run it: wall time and peak memory. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = fileURLToPath(new URL('../../shared/eval/canada-vendors-2022.csv', import.meta.url));
const bin = fileURLToPath(new URL('../bin/wro-lens.mjs', import.meta.url));

export interface CliFigures {
  names: number;
  seconds: number;
  peakMemoryMiB: number;
}

export function cliBench(): CliFigures | null {
  if (!existsSync(file) || !existsSync('/usr/bin/time')) return null;
  // GNU time prints "<elapsed seconds> <max resident KiB>" on stderr; stdout (the JSON lines) is dropped.
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, bin, 'screen', file, '--json'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const lines = r.stdout.trim().split('\n').length;
  const [seconds, kib] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { names: lines, seconds: seconds!, peakMemoryMiB: kib! / 1024 };
}
