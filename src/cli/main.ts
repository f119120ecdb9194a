/**
 * The wro-lens command line: screen a supplier list, look a company up. Runs the same core as the extension.
 * Errors are one line on stderr and a non-zero exit, never a stack trace.
 */
import { bundledDataset } from '../data';
import { buildIndex } from '../core/matcher';
import { createLookup } from '../core/lookup';
import { CliError } from './errors';
import { parseNames, readInput } from './read-names';
import { formatJsonLines, formatTable, screenRows } from './screen';
import { formatLookup } from './lookup';

const USAGE = `Usage:
  wro-lens screen FILE [--json]   screen a CSV, TSV or one-name-per-line list ("-" reads standard input)
  wro-lens lookup "NAME"          show the listed entities that best match NAME`;

function run(argv: string[]): void {
  const [command, ...rest] = argv;
  const flags = new Set(rest.filter((a) => a.startsWith('--')));
  const args = rest.filter((a) => !a.startsWith('--') || a === '-');
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
  process.exitCode = e instanceof CliError ? e.exitCode : 1;
}
