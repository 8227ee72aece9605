import { MessageKey, Translate } from '../i18n';
import { SelfTestItem, SelfTestItemId, SelfTestReport, UncheckedReason } from './types';

export const ITEM_LABEL: Record<SelfTestItemId, MessageKey> = {
  template: 'selfTestItemTemplate',
  templateRules: 'selfTestItemTemplateRules',
  number: 'selfTestItemNumber',
  text: 'selfTestItemText',
  numericText: 'selfTestItemNumericText',
  formula: 'selfTestItemFormula',
  formulaValue: 'selfTestItemFormulaValue',
  errorValue: 'selfTestItemErrorValue',
  percent: 'selfTestItemPercent',
  fill: 'selfTestItemFill',
  noFill: 'selfTestItemNoFill',
  undo: 'selfTestItemUndo',
  settings: 'selfTestItemSettings',
  protection: 'selfTestItemProtection',
  cleanup: 'selfTestItemCleanup',
};

const REASON_LABEL: Record<UncheckedReason, MessageKey> = {
  noCalculation: 'selfTestReasonNoCalculation',
  rulesNotReadable: 'selfTestReasonRulesNotReadable',
  needsProtectedForm: 'selfTestReasonNeedsProtectedForm',
};

/** One item's verdict: 符合预期 / 不符合（应为…，实为…） / 未检查（why）. */
export function verdictText(item: SelfTestItem, t: Translate): string {
  switch (item.status) {
    case 'ok':
      return t('selfTestOk');
    case 'differs':
      return 'failed' in item
        ? t('selfTestFailed', { message: item.failed })
        : t('selfTestDiffers', { expected: item.expected, got: item.got });
    case 'unchecked':
      return t('selfTestUnchecked', { reason: t(REASON_LABEL[item.reason]) });
  }
}

export function itemLine(item: SelfTestItem, t: Translate): string {
  return t('selfTestLine', { label: t(ITEM_LABEL[item.id]), verdict: verdictText(item, t) });
}

/** The report as plain text a user can copy into a message: environment first, then one line per item. */
export function reportText(report: SelfTestReport, t: Translate): string {
  const value = (v: string | undefined) => (v ? v : t('selfTestNotReported'));
  const sets = report.requirementSets.length
    ? report.requirementSets.map((s) => `${s.name} ${s.supported ? '✓' : '✗'}`).join(', ')
    : undefined;
  const count = (status: SelfTestItem['status']) => report.items.filter((i) => i.status === status).length;
  return [
    t('selfTestHeading'),
    t('selfTestHost', { value: report.hostKind }),
    t('selfTestVersion', { value: value(report.version) }),
    t('selfTestPlatform', { value: value(report.platform) }),
    t('selfTestRequirements', { value: value(sets) }),
    t('selfTestWebview', { value: value(report.userAgent) }),
    t('selfTestRanAt', { value: report.ranAt }),
    t('selfTestScratch', { value: report.scratchSheet }),
    t('selfTestSummary', { ok: count('ok'), differs: count('differs'), unchecked: count('unchecked') }),
    ...report.items.map((item) => `- ${itemLine(item, t)}`),
  ].join('\n');
}
