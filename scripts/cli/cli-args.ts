import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A usage error: the CLI prints its one-line message and exits 2. */
export class UsageError extends Error {}

/**
 * Every CLI's argument parsing: `--help` / `-h` prints the usage and exits 0; an unknown flag, a
 * missing value or a malformed argument prints one line (and where to look) and exits 2, never a
 * stack trace.
 */
export function parseCliArgs<const T extends Omit<ParseArgsConfig, 'args' | 'strict'>>(usage: string, config: T, argv: string[] = process.argv.slice(2)) {
  const withHelp = { ...config, strict: true as const, args: argv, options: { ...config.options, help: { type: 'boolean' as const, short: 'h' } } };
  let parsed: ReturnType<typeof parseArgs<typeof withHelp>>;
  try {
    parsed = parseArgs(withHelp);
  } catch (error) {
    exitWithUsageError((error as Error).message);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}

/** Prints a one-line usage error and exits 2. */
export function exitWithUsageError(message: string): never {
  // node:util's unknown-option message goes on about positionals; its first sentence is the point.
  const sentence = message.split('\n')[0].replace(/\. To specify a positional.*$/, '').replace(/\.$/, '');
  console.error(`${sentence}. Run with --help for usage.`);
  process.exit(2);
}

/** A positive whole number from a flag, or the fallback when the flag is absent. */
export function positiveInteger(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) exitWithUsageError(`${flag} must be a positive whole number, not "${value}".`);
  return n;
}
