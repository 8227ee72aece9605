import { SETTINGS_NAMESPACE } from '../../core/settings';
/** The part of `Office.context.document.settings` the host uses (a real `Office.Settings` satisfies it). */
export interface OfficeSettingsLike {
  get(name: string): unknown;
  set(name: string, value: string): void;
  saveAsync(callback: (result: Office.AsyncResult<void>) => void): void;
}

/**
 * Workbook-stored settings: values live in the document once `saveAsync` succeeds, so the preset
 * travels with the file. `failedStatus` is `Office.AsyncResultStatus.Failed`, passed in so that this
 * module needs no Office global under test.
 */
export class DocumentSettingsStore {
  constructor(
    private readonly settings: OfficeSettingsLike,
    private readonly failedStatus: Office.AsyncResultStatus,
  ) {}

  get(key: string): string | null {
    const v = this.settings.get(SETTINGS_NAMESPACE + key);
    return typeof v === 'string' ? v : null;
  }

  set(key: string, value: string): Promise<void> {
    this.settings.set(SETTINGS_NAMESPACE + key, value);
    return new Promise((resolve, reject) => {
      this.settings.saveAsync((result) => {
        if (result.status === this.failedStatus) {
          reject(new Error(result.error?.message ?? 'settings were not saved'));
        } else {
          resolve();
        }
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
