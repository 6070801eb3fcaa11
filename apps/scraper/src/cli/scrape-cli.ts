#!/usr/bin/env node
/**
 * `npm run scrape -- <command> …`
 *   parse  --source <name> --file <path|-> [--url <page url>] [--scraped-at <iso>]
 *          Prints the normalized jobs of a saved page or API response as JSON lines.
 *   import --source <name> --file <path> [--url <page url>]
 *          Sends those jobs into the running pipeline as a scrape task; prints the task id.
 * Exit codes: 0 success, 1 the body could not be parsed, 2 usage error (unknown source, missing file…).
 */
import { parseArgs, UsageError } from './cli-args';
import { runImport } from './import.command';
import { parseOptions, runParse } from './parse.command';

const USAGE = `usage:
  scrape parse --source <name> --file <path|-> [--url <page url>] [--scraped-at <iso date>]
  scrape import --source <name> --file <path>
sources: indeed, dice, wellfound, ycombinator, builtin, greenhouse, lever, ashby, remoteok, hackernews
`;

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  switch (args.command) {
    case 'parse': {
      runParse(parseOptions(args), (line) => process.stdout.write(line));
      return 0;
    }
    case 'import':
      return runImport(args, (line) => process.stdout.write(line));
    case 'help':
      process.stdout.write(USAGE);
      return 0;
    case null:
      // No command is a usage error: usage goes to stderr so stdout stays JSON lines only.
      process.stderr.write(USAGE);
      return 2;
    default:
      throw new UsageError(`unknown command "${args.command}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const usage = err instanceof UsageError;
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`scrape: ${message}\n${usage && err.showUsage ? USAGE : ''}`);
    process.exitCode = usage ? 2 : 1;
  },
);
