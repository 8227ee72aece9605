/** The behaviours the self-test checks, in the order the report lists them. */
export type SelfTestItemId =
  | 'template'
  | 'templateRules'
  | 'number'
  | 'text'
  | 'numericText'
  | 'formula'
  | 'formulaValue'
  | 'errorValue'
  | 'percent'
  | 'fill'
  | 'noFill'
  | 'undo'
  | 'settings'
  | 'protection'
  | 'cleanup';

/** Why an item was not checked; the report words it in the pane's language. */
export type UncheckedReason = 'noCalculation' | 'rulesNotReadable' | 'needsProtectedForm';

export type SelfTestItem =
  | { id: SelfTestItemId; status: 'ok' }
  | { id: SelfTestItemId; status: 'differs'; expected: string; got: string }
  /** The step threw: the host's message (Chinese, from HostError) or the error's. */
  | { id: SelfTestItemId; status: 'differs'; failed: string }
  | { id: SelfTestItemId; status: 'unchecked'; reason: UncheckedReason };

/** What the host and the webview say about themselves, where they say it. */
export interface SelfTestEnvironment {
  /** Whether the host computes formulas (Excel and WPS do; file hosts and the test fakes do not). */
  calculates: boolean;
  /** The host application's version (`Office.context.diagnostics.version`, ET's `Application.Version`). */
  version?: string;
  /** The host's platform (`PC`, `Mac`, `OfficeOnline`, …). */
  platform?: string;
  /** Requirement sets the add-in relies on and whether this client has them (Excel). */
  requirementSets?: { name: string; supported: boolean }[];
  /** The webview's `navigator.userAgent`. */
  userAgent?: string;
  /** The clock, for the scratch sheet's name and the report's time. */
  now?: () => Date;
}

export interface SelfTestReport {
  hostKind: string;
  version?: string;
  platform?: string;
  requirementSets: { name: string; supported: boolean }[];
  userAgent?: string;
  /** When the self-test ran (ISO 8601). */
  ranAt: string;
  /** The scratch sheet it created and deleted. */
  scratchSheet: string;
  items: SelfTestItem[];
}
