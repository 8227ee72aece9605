import { SETTINGS_NAMESPACE } from '../../core/settings';
/** The part of `Office.context.document.settings` the host uses (a real `Office.Settings` satisfies it). */
export interface OfficeSettingsLike {
  get(name: string): unknown;
  set(name: string, value: string): void;
  saveAsync(callback: (result: Office.AsyncResult<void>) => void): void;
  refreshAsync(callback: (result: Office.AsyncResult<unknown>) => void): void;
}

/**
 * Workbook-stored settings: values live in the document once `saveAsync` succeeds, so the preset
 * travels with the file. Without a shared runtime the pane and the ribbon's function file each hold
 * their own in-memory copy, and `saveAsync` writes the whole copy over the document's: so every read
 * first reloads the copy (`refreshAsync`), and every write reloads, sets and saves in one go, so that
 * neither runtime discards what the other saved. `failedStatus` is `Office.AsyncResultStatus.Failed`,
 * passed in so that this module needs no Office global under test.
 */
export class DocumentSettingsStore {
  /** Writes run one after another: a write's reload must not interleave with another's save. */
  private writes: Promise<void> = Promise.resolve();

  constructor(
    private readonly settings: OfficeSettingsLike,
    private readonly failedStatus: Office.AsyncResultStatus,
  ) {}

  async get(key: string): Promise<string | null> {
    // A copy that could not be reloaded is still the best answer there is.
    await this.refresh().catch(() => undefined);
    const v = this.settings.get(SETTINGS_NAMESPACE + key);
    return typeof v === 'string' ? v : null;
  }

  set(key: string, value: string): Promise<void> {
    const write = this.writes.then(async () => {
      await this.refresh();
      this.settings.set(SETTINGS_NAMESPACE + key, value);
      await this.settle((done) => this.settings.saveAsync(done), 'settings were not saved');
    });
    this.writes = write.catch(() => undefined);
    return write;
  }

  private refresh(): Promise<void> {
    return this.settle((done) => this.settings.refreshAsync(done), 'settings were not read');
  }

  private settle(
    call: (done: (result: Office.AsyncResult<unknown>) => void) => void,
    fallback: string,
  ): Promise<void> {
    return new Promise((resolve, reject) => {
      call((result) => {
        if (result.status === this.failedStatus) reject(new Error(result.error?.message ?? fallback));
        else resolve();
      });
    });
  }
}

export function officeDocumentSettings(): DocumentSettingsStore {
  return new DocumentSettingsStore(Office.context.document.settings, Office.AsyncResultStatus.Failed);
}

// Compile-time proof that Office.Settings satisfies the subset (never called).
export function officeSettingsSatisfySubset(settings: Office.Settings): OfficeSettingsLike {
  return settings;
}
