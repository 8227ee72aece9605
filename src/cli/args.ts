/**
 * Command-line options, parsed the same way for every subcommand: `--name value`, `--name=value`,
 * repeatable options, `--` before file names that start with a dash, `-h` for `--help` and `-o` for
 * `--output`.
 */
export interface OptionSpec {
  name: string;
  /** True for `--name VALUE`, false for a flag. */
  takesValue: boolean;
  repeatable?: boolean;
  choices?: readonly string[];
}

export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  values: Map<string, string[]>;
}

/** A mistake in the command line; main prints it with a pointer to --help and exits 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Short forms, each standing for its long option in the commands that have it. */
const SHORT_ALIASES: Record<string, string> = { '-h': 'help', '-o': 'output' };

export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], flags: new Set(), values: new Map() };
  const byName = new Map(specs.map((s) => [s.name, s]));
  for (let i = 0; i < argv.length; i++) {
    const short = SHORT_ALIASES[argv[i]];
    const arg = short && byName.has(short) ? `--${short}` : argv[i];
    if (arg === '--') {
      parsed.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      parsed.positionals.push(arg);
      continue;
    }
    if (!arg.startsWith('--')) throw new UsageError(`未知选项：${arg}`, `Unknown option: ${arg}`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const spec = byName.get(name);
    if (!spec) throw new UsageError(`未知选项：--${name}`, `Unknown option: --${name}`);
    if (!spec.takesValue) {
      if (eq >= 0) throw new UsageError(`选项 --${name} 不带值`, `Option --${name} takes no value`);
      parsed.flags.add(name);
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length) value = argv[++i];
    if (value === undefined || value === '') {
      throw new UsageError(`选项 --${name} 需要一个值`, `Option --${name} needs a value`);
    }
    if (spec.choices && !spec.choices.includes(value)) {
      const list = spec.choices.join('、');
      throw new UsageError(
        `选项 --${name} 的值只能是 ${list}，不能是 ${value}`,
        `Option --${name} must be one of ${spec.choices.join(', ')}, not ${value}`,
      );
    }
    const seen = parsed.values.get(name);
    if (seen && !spec.repeatable) {
      throw new UsageError(`选项 --${name} 只能给一次`, `Option --${name} may be given only once`);
    }
    parsed.values.set(name, [...(seen ?? []), value]);
  }
  return parsed;
}

/** Refuses positionals beyond those a command takes. */
export function rejectExtra(extra: readonly string[]): void {
  if (extra.length > 0) {
    throw new UsageError(`多余的参数：${extra.join(' ')}`, `Unexpected arguments: ${extra.join(' ')}`);
  }
}

/** The single value of an option, if given. */
export function optionValue(parsed: ParsedArgs, name: string): string | undefined {
  return parsed.values.get(name)?.[0];
}

/** The language asked for anywhere on the line, so that even a usage error speaks it. */
export function languageOf(argv: readonly string[]): 'zh' | 'en' {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    if (argv[i] === '--lang=en' || (argv[i] === '--lang' && argv[i + 1] === 'en')) return 'en';
  }
  return 'zh';
}
