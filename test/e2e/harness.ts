/**
 * A small runner for the browser scenarios: each scenario runs on its own, a failure is recorded with its
 * message and the run goes on; `summary()` prints the last line `N passed, M failed` that CI counts.
 */
export interface Outcome {
  name: string;
  ok: boolean;
  ms: number;
  detail?: string;
}

export class CheckFailed extends Error {
  override name = 'CheckFailed';
}

/** A condition a scenario needs; failing it ends the scenario with `message`. */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailed(message);
}

export function checkEqual<T>(actual: T, expected: T, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new CheckFailed(`${what}: expected ${e}, got ${a}`);
}

export class Runner {
  readonly outcomes: Outcome[] = [];
  /** Figures worth reporting (timings, sizes), printed before the summary. */
  readonly figures: string[] = [];

  constructor(private readonly only: RegExp | null) {}

  /** Runs one scenario; `always` ones (the build) run whatever `--only` asks for. */
  async scenario(name: string, body: () => Promise<void>, always = false): Promise<boolean> {
    if (!always && this.only && !this.only.test(name)) return true;
    const start = Date.now();
    try {
      await body();
      this.record({ name, ok: true, ms: Date.now() - start });
      return true;
    } catch (e) {
      const detail = e instanceof CheckFailed ? e.message : ((e as Error).stack ?? String(e));
      this.record({ name, ok: false, ms: Date.now() - start, detail });
      return false;
    }
  }

  figure(text: string): void {
    this.figures.push(text);
    console.log(`  · ${text}`);
  }

  private record(outcome: Outcome): void {
    this.outcomes.push(outcome);
    const head = `${outcome.ok ? 'PASS' : 'FAIL'} ${outcome.name} (${(outcome.ms / 1000).toFixed(1)} s)`;
    console.log(outcome.detail ? `${head}\n     ${outcome.detail.split('\n').join('\n     ')}` : head);
  }

  summary(): { passed: number; failed: number } {
    const passed = this.outcomes.filter((o) => o.ok).length;
    const failed = this.outcomes.length - passed;
    if (this.figures.length > 0) console.log(`\nFigures:\n${this.figures.map((f) => `  ${f}`).join('\n')}`);
    console.log(`\n${passed} passed, ${failed} failed`);
    return { passed, failed };
  }
}
