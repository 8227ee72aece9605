import { RULE_SEVERITY, RuleId, Severity } from '../../src/core/findings';
import { HIGHLIGHT_FILLS } from '../../src/taskpane/model/highlights';
import { expectedFor, ExpectedSheet } from '../fixtures/build';
import { pageSample } from '../../src/page/sample/buildSample';

/** What a correct checker reports on each sheet of the page's sample, from the fixtures' own expectations. */
export const SAMPLE_EXPECTED: ExpectedSheet[] = expectedFor(pageSample);
export const SAMPLE_SHEETS = pageSample.sheets.map((s) => s.name);
export const SAMPLE_FILE_NAME = '绩效自评表示例.xlsx';

export function expectedSheet(name: string): ExpectedSheet {
  const sheet = SAMPLE_EXPECTED.find((s) => s.sheet === name);
  if (!sheet) throw new Error(`no sheet ${name} in the sample`);
  return sheet;
}

export function severityOf(rule: string): Severity {
  return RULE_SEVERITY[rule as RuleId];
}

/** `#FFC7CE` → `rgb(255, 199, 206)`, as getComputedStyle reports a background. */
export function cssRgb(hex: string): string {
  const n = parseInt(hex.replace('#', ''), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

export function highlightRgb(rule: string): string {
  return cssRgb(HIGHLIGHT_FILLS[severityOf(rule)]);
}
