import { CliIo } from '../../src/cli/io';

/** A CLI output channel that keeps what the command printed, for assertions. */
export interface Captured extends CliIo {
  stdout: string;
  stderr: string;
}

export function capture(): Captured {
  const io = {
    stdout: '',
    stderr: '',
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
  };
  return io;
}
