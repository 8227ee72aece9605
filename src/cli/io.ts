/** Where a command writes; tests pass their own to capture output in-process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export type Lang = 'zh' | 'en';

/** Everything a subcommand gets besides its own arguments. */
export interface CliContext {
  io: CliIo;
  lang: Lang;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};
