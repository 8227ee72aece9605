import { runCheck } from './check';
import { CliContext } from './io';

/**
 * The subcommands of `selfeval`. Each one parses its own arguments (with args.ts) and returns the exit
 * status. A new subcommand (`fix`, `template`) is one more entry here.
 */
export interface Subcommand {
  summary: { zh: string; en: string };
  run(argv: readonly string[], ctx: CliContext): Promise<number>;
}

export const SUBCOMMANDS: Record<string, Subcommand> = {
  check: {
    summary: {
      zh: '检查 .xlsx 文件中的绩效自评表，列出表格和问题',
      en: 'check the self-evaluation tables of .xlsx files',
    },
    run: (argv, ctx) => runCheck(argv, ctx),
  },
};
