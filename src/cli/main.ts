/**
 * The wro-lens command line: screen a supplier list, look a company up. Runs the same core as the extension.
 * Errors are one line on stderr and a non-zero exit, never a stack trace.
 */
import { bundledDataset } from '../data';
import { buildIndex } from '../core/matcher';
import { createLookup } from '../core/lookup';
import { CliError } from './errors';
import { readInput } from './read-names';
import { formatJsonLines, formatTable } from './screen';
import { parseNames } from '../core/screening/supplier-list';
import { screenRows } from '../core/screening/screen';
import { InputError } from '../core/input-error';
import { formatLookup } from './lookup';
import { importCbp, validateDataset } from './data';

const USAGE = `Usage:
  wro-lens screen FILE [--json]   screen a CSV, TSV or one-name-per-line list ("-" reads standard input)
  wro-lens lookup "NAME"          show the listed entities that best match NAME
  wro-lens data import CBP.csv [--out FILE] [--dry-run]
                                  rebuild the dataset (default: the bundled one) from CBP's CSV, keeping
                                  curated details, and print what changed
  wro-lens data validate FILE     check a dataset JSON file against the schema`;

function run(argv: string[]): void {
  const [command, ...rest] = argv;
  const flags = new Set(rest.filter((a) => a.startsWith('--')));
  // --out takes a value; every other flag stands alone.
  const outAt = rest.indexOf('--out');
  const out = outAt >= 0 ? rest[outAt + 1] : undefined;
  if (outAt >= 0 && (!out || out.startsWith('--'))) throw new CliError(`--out needs a file\n${USAGE}`);
  const args = rest.filter((a, i) => (!a.startsWith('--') || a === '-') && (outAt < 0 || i !== outAt + 1));
  switch (command) {
    case 'screen': {
      const file = args[0];
      if (!file) throw new CliError(`screen needs a file to read\n${USAGE}`);
      const rows = parseNames(file, readInput(file));
      const screened = screenRows(buildIndex(bundledDataset), rows);
      process.stdout.write(flags.has('--json') ? formatJsonLines(screened) : formatTable(screened, bundledDataset));
      return;
    }
    case 'lookup': {
      const query = args.join(' ').trim();
      if (!query) throw new CliError(`lookup needs a name\n${USAGE}`);
      process.stdout.write(formatLookup(createLookup(bundledDataset), bundledDataset, query));
      return;
    }
    case 'data': {
      const [action, file] = args;
      if (action === 'validate' && file) return void process.stdout.write(validateDataset(file));
      if (action === 'import' && file) {
        return void process.stdout.write(importCbp(file, { out, dryRun: flags.has('--dry-run') }));
      }
      throw new CliError(`data needs "import FILE" or "validate FILE"\n${USAGE}`);
    }
    case undefined:
    case 'help':
    case '--help':
      process.stdout.write(`${USAGE}\n`);
      return;
    default:
      throw new CliError(`unknown command "${command}"\n${USAGE}`);
  }
}

try {
  run(process.argv.slice(2));
} catch (e) {
  const message = e instanceof Error ? e.message : String(e);
  process.stderr.write(`wro-lens: ${message}\n`);
  process.exitCode = e instanceof CliError ? e.exitCode : e instanceof InputError ? 2 : 1;
}
