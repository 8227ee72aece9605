/** The pause after the last edit before the sheet is checked again. */
export const LIVE_CHECK_DEBOUNCE_MS = 400;

/**
 * Checks again after the user pauses: each change restarts the wait, so a burst of edits (a paste, a
 * quick run of typing) costs one read and one check. A change arriving while a check runs schedules one
 * more check after it, never two at once; `stop()` cancels what is pending.
 */
export class LiveChecker {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  /** Checks started, for tests and the bench. */
  checks = 0;

  constructor(
    private readonly check: () => Promise<void>,
    private readonly debounceMs: number = LIVE_CHECK_DEBOUNCE_MS,
  ) {}

  changed(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.start();
    }, this.debounceMs);
  }

  /** Resolves once no check is pending or running. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private async start(): Promise<void> {
    if (this.stopped) return;
    this.checks++;
    this.running = this.check().catch(() => undefined);
    await this.running;
    this.running = null;
    if (this.again) {
      this.again = false;
      this.changed();
    }
  }
}
