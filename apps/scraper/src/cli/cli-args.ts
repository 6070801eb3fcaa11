/** A small `--flag value` / `--flag=value` reader: the CLI needs no more than this. */
export interface ParsedArgs {
  command: string | null;
  flags: Map<string, string | true>;
  positional: string[];
}

/** A problem with how the CLI was called (exit 2); `showUsage` adds the usage text to the message. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    readonly showUsage = true,
  ) {
    super(message);
  }
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    if (eq > 0) {
      flags.set(arg.slice(2, eq), arg.slice(eq + 1));
      continue;
    }
    const next = argv[i + 1];
    if (next !== undefined && (!next.startsWith('--') || next === '-')) {
      flags.set(arg.slice(2), next);
      i++;
    } else flags.set(arg.slice(2), true);
  }
  return { command: positional.shift() ?? null, flags, positional };
}

/** A flag's string value; a flag given without a value is a usage error. */
export function stringFlag(args: ParsedArgs, name: string, required: true): string;
export function stringFlag(args: ParsedArgs, name: string, required?: false): string | undefined;
export function stringFlag(args: ParsedArgs, name: string, required = false): string | undefined {
  const value = args.flags.get(name);
  if (value === true) throw new UsageError(`--${name} needs a value`);
  if (value === undefined && required) throw new UsageError(`--${name} is required`);
  return value;
}
