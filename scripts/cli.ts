/**
 * What the contributor commands share: reading their options, and stopping
 * with a Dutch message and the usage text (exit 2) when they are used wrongly.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface Cli<T> {
  values: T;
  positionals: string[];
  /** Prints the message and the usage text, and exits with 2. */
  stop: (message: string) => never;
}

/** Parses the command line strictly; `--help` prints the usage and exits 0. */
export function readCommandLine<T>(usage: string, options: NonNullable<ParseArgsConfig['options']>): Cli<T> {
  const stop = (message: string): never => {
    console.error(`${message}\n\n${usage}`);
    process.exit(2);
  };
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ allowPositionals: true, strict: true, options: { ...options, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    const option = /'([^']+)'/.exec(error instanceof Error ? error.message : '')?.[1];
    return stop(option ? `Onbekende optie of ontbrekende waarde: ${option}.` : `De opdracht klopt niet: ${String(error)}`);
  }
  if (parsed.values.help) {
    console.log(usage);
    process.exit(0);
  }
  return { values: parsed.values as T, positionals: parsed.positionals, stop };
}
