import { Lang } from './io';

/**
 * The progress line of a batch on a terminal's stderr: rewritten in place (`\r`), cleared before any other
 * output so that reports never share a line with it.
 */
export interface ProgressLine {
  show(done: number): void;
  clear(): void;
}

export function progressText(done: number, total: number, lang: Lang): string {
  const pct = total === 0 ? 100 : Math.floor((done / total) * 100);
  return lang === 'en'
    ? `checked ${done}/${total} files (${pct}%)`
    : `已检查 ${done}/${total} 个文件（${pct}%）`;
}

export function progressLine(
  total: number,
  lang: Lang,
  write: (text: string) => void = (t) => void process.stderr.write(t),
): ProgressLine {
  let shown = false;
  return {
    show(done) {
      write(`\r${progressText(done, total, lang)}\u001b[K`);
      shown = true;
    },
    clear() {
      if (shown) write('\r\u001b[K');
      shown = false;
    },
  };
}
