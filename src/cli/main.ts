import { languageOf, UsageError } from './args';
import { SUBCOMMANDS } from './commands';
import { describeFileError, FileSystemError, isErrnoError } from './fileErrors';
import { CliIo, Lang, processIo } from './io';
import { presetNamesForHelp, templateNamesForHelp } from './names';
import { cliVersion } from './version';

function mainUsage(lang: Lang): string {
  const names = Object.keys(SUBCOMMANDS);
  const width = Math.max(...names.map((n) => n.length)) + 2;
  const list = names.map((n) => `  ${n.padEnd(width)}${SUBCOMMANDS[n].summary[lang]}`).join('\n');
  if (lang === 'en') {
    return (
      `Usage: selfeval COMMAND [options]\n\nCommands:\n${list}\n\n` +
      `Presets (--preset): ${presetNamesForHelp('en')}\nTemplates: ${templateNamesForHelp('en')}\n` +
      `(either spelling is accepted for both)\n\n` +
      `selfeval COMMAND --help shows a command's options; selfeval --version its version.\n`
    );
  }
  return (
    `用法：selfeval 命令 [选项]\n\n命令：\n${list}\n\n` +
    `规则预设（--preset）：${presetNamesForHelp('zh')}\n模板：${templateNamesForHelp('zh')}\n` +
    `（两种写法在预设和模板中都可用）\n\n` +
    `用 selfeval 命令 --help 查看该命令的选项，selfeval --version 查看版本。\n`
  );
}

/**
 * Runs one command line and returns its exit status. Nothing escapes as a stack trace: usage mistakes and
 * unexpected failures are one line on stderr.
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const lang = languageOf(argv);
  let args = [...argv];
  // A --lang given before the command is a global option: already read, so drop it.
  while (args[0] === '--lang' || args[0]?.startsWith('--lang='))
    args = args.slice(args[0] === '--lang' ? 2 : 1);
  const [name, ...rest] = args;
  if (name === undefined) {
    io.err(mainUsage(lang));
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(mainUsage(lang));
    return 0;
  }
  if (name === '--version' || name === '-V' || name === '-v' || name === 'version') {
    io.out(`selfeval ${cliVersion()}\n`);
    return 0;
  }
  try {
    const command = SUBCOMMANDS[name];
    if (!command) throw new UsageError(`未知命令：${name}`, `Unknown command: ${name}`);
    return await command.run(rest, { io, lang });
  } catch (error) {
    if (error instanceof UsageError) {
      const hint = lang === 'en' ? 'Run selfeval --help for usage.' : '用 selfeval --help 查看用法。';
      io.err(`selfeval: ${lang === 'en' ? error.messageEn : error.message}\n${hint}\n`);
      return 2;
    }
    if (error instanceof FileSystemError || isErrnoError(error)) {
      const told = error instanceof FileSystemError ? error : describeFileError(error, undefined);
      io.err(`selfeval: ${lang === 'en' ? told.messageEn : told.message}\n`);
      return 2;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.err(lang === 'en' ? `selfeval: internal error: ${detail}\n` : `selfeval: 内部错误：${detail}\n`);
    return 2;
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
