/** Reads a supplier list file for `wro-lens screen`, refusing folders, huge and binary files with a one-line reason. */
import { readFileSync, statSync } from 'node:fs';
import { CliError } from './errors';
import { looksBinary, MAX_SCREEN_BYTES, megabytes } from '../core/input-error';

export function readInput(file: string): string {
  if (file === '-') return readFileSync(0, 'utf8');
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new CliError(`${file} is a folder, not a file`);
    size = stat.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot read ${file}: no such file`);
  }
  if (size > MAX_SCREEN_BYTES) throw new CliError(`${file} is ${megabytes(size)}; the limit is ${megabytes(MAX_SCREEN_BYTES)}`);
  const text = new TextDecoder('utf-8').decode(readFileSync(file));
  if (looksBinary(text)) throw new CliError(`${file} is not a text file (it looks binary); give a CSV, TSV or one name per line`);
  return text;
}
