// A small, strict argument reader: every option must be known, values must be present, and a
// problem is reported in words, never as a stack trace.
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface OptionSpec {
  /** Options that take a value: --name value (or --name=value). */
  values?: readonly string[];
  /** Options that are on or off: --flag. */
  flags?: readonly string[];
  /** Options that must be given. */
  required?: readonly string[];
}

export interface ParsedArgs {
  values: Record<string, string>;
  flags: Set<string>;
  positional: string[];
}

export function parseArgs(args: string[], spec: OptionSpec): ParsedArgs {
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (spec.flags?.includes(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      flags.add(name);
    } else if (spec.values?.includes(name)) {
      const value = inline ?? args[index + 1];
      if (value === undefined || (inline === undefined && value.startsWith('--')))
        throw new UsageError(`--${name} needs a value`);
      if (inline === undefined) index += 1;
      values[name] = value;
    } else {
      const known = [...(spec.values ?? []), ...(spec.flags ?? [])]
        .map((option) => `--${option}`)
        .join(', ');
      throw new UsageError(`Unknown option --${name}. Known options: ${known || 'none'}`);
    }
  }
  for (const name of spec.required ?? [])
    if (!(name in values)) throw new UsageError(`--${name} is required`);
  return { values, flags, positional };
}

export function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((candidate) => candidate === value);
  if (!found)
    throw new UsageError(`--${name} must be one of: ${allowed.join(', ')} (got "${value}")`);
  return found;
}

export function wholeNumber(name: string, value: string, min = 0, max = 10_000): number {
  if (!/^\d+$/.test(value))
    throw new UsageError(`--${name} must be a whole number (got "${value}")`);
  const number = Number(value);
  if (number < min || number > max)
    throw new UsageError(`--${name} must be between ${min} and ${max}`);
  return number;
}

export function isoDate(name: string, value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== value
  )
    throw new UsageError(`--${name} must be a date written YYYY-MM-DD (got "${value}")`);
  return value;
}
