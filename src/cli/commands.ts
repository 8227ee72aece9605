import { runCheck } from './check';
import { runFix } from './fixCommand';
import { runTemplate } from './templateCommand';
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
  fix: {
    summary: {
      zh: '在计算单元格中写入公式，另存为新文件（输入文件不变）',
      en: 'write formulas into the computed cells and save a copy (IN is never changed)',
    },
    run: (argv, ctx) => runFix(argv, ctx),
  },
  template: {
    summary: {
      zh: '生成公式已写好的空白自评表模板（--list 列出模板）',
      en: 'write a blank form with its formulas in place (--list shows the forms)',
    },
    run: (argv, ctx) => runTemplate(argv, ctx),
  },
};
