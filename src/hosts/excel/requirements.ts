/**
 * Which Excel features this client offers, from Office requirement sets. One place answers it so the
 * host degrades the same way everywhere and the pane can list what is unavailable (and why).
 */

export type ExcelFeature =
  | 'core'
  | 'readFills'
  | 'readMerges'
  | 'suspendCalculation'
  | 'undoGroup'
  | 'dataValidation'
  | 'conditionalFormats'
  | 'pageLayout'
  | 'notificationDialog'
  | 'worksheetEvents'
  | 'changeEvents';

/** Why the add-in cannot work at all below ExcelApi 1.4 (the manifest's minimum). */
export const CORE_MISSING =
  '此版本的 Excel 过旧，无法读取和写入工作表：需要 ExcelApi 1.4，即 Excel 2019 及以上、Microsoft 365 或网页版 Excel；批量许可（MSI）版的 Excel 2016 只有 ExcelApi 1.1，无法使用。';

export interface FeatureRequirement {
  feature: ExcelFeature;
  set: string;
  version: string;
  /** What the user loses without it (Chinese, for the pane). */
  withoutIt: string;
}

export const FEATURE_REQUIREMENTS: readonly FeatureRequirement[] = [
  {
    feature: 'core',
    set: 'ExcelApi',
    version: '1.4',
    // Excel 2016 has ExcelApi 1.4 only when kept up to date through Microsoft 365 (Click-to-Run); the
    // volume-licence (MSI) build stops at ExcelApi 1.1, so "Excel 2016 or later" would not be true.
    withoutIt: CORE_MISSING,
  },
  {
    feature: 'readFills',
    set: 'ExcelApi',
    version: '1.9',
    withoutIt: '无法读取单元格底色：标记问题后无法恢复原有底色，撤销时底色会被清除。',
  },
  {
    feature: 'readMerges',
    set: 'ExcelApi',
    version: '1.13',
    withoutIt: '无法读取合并单元格：表格识别可能不完整。',
  },
  {
    feature: 'suspendCalculation',
    set: 'ExcelApi',
    version: '1.6',
    withoutIt: '写入公式时无法暂停重算，大表写入会较慢。',
  },
  {
    feature: 'undoGroup',
    set: 'ExcelApi',
    version: '1.20',
    withoutIt: '插入模板等操作在 Excel 中需多次 Ctrl+Z 才能撤销；请使用助手中的“撤销”。',
  },
  {
    feature: 'dataValidation',
    set: 'ExcelApi',
    version: '1.8',
    withoutIt: '插入模板时不设置数据验证（下拉列表、数值范围）。',
  },
  {
    feature: 'conditionalFormats',
    set: 'ExcelApi',
    version: '1.6',
    withoutIt: '插入模板时不设置条件格式。',
  },
  {
    feature: 'pageLayout',
    set: 'ExcelApi',
    version: '1.9',
    withoutIt: '插入模板时不设置打印版式（A4、一页宽）。',
  },
  {
    feature: 'notificationDialog',
    set: 'DialogApi',
    version: '1.1',
    withoutIt: '功能区按钮完成后无法弹出结果提示，请在助手中查看结果。',
  },
  {
    feature: 'worksheetEvents',
    set: 'ExcelApi',
    version: '1.7',
    withoutIt: '切换工作表后不会自动检查，请点击“重新检查”。',
  },
  {
    feature: 'changeEvents',
    set: 'ExcelApi',
    version: '1.9',
    withoutIt: '编辑单元格后不会自动检查，请点击“重新检查”。',
  },
];

export type IsSetSupported = (name: string, minVersion?: string) => boolean;

export class ExcelRequirements {
  private readonly cache = new Map<ExcelFeature, boolean>();

  constructor(private readonly isSetSupported: IsSetSupported) {}

  supports(feature: ExcelFeature): boolean {
    let known = this.cache.get(feature);
    if (known === undefined) {
      const req = FEATURE_REQUIREMENTS.find((r) => r.feature === feature);
      known = req ? this.isSetSupported(req.set, req.version) : false;
      this.cache.set(feature, known);
    }
    return known;
  }

  /** The features this client lacks, for the pane's "unavailable here" list. */
  unavailable(): FeatureRequirement[] {
    return FEATURE_REQUIREMENTS.filter((r) => !this.supports(r.feature));
  }
}

/** The requirements of the running Office client (call after Office.onReady). */
export function officeRequirements(): ExcelRequirements {
  return new ExcelRequirements((name, version) => Office.context.requirements.isSetSupported(name, version));
}
