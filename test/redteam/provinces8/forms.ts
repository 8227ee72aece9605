/**
 * Red-team set 8: self-evaluation forms rebuilt by hand from published forms the `pages` search corpus
 * returned with their table text (see README.md for each source and what was reconstructed).
 * A form is a grid written relative to A1 plus its merges; build.ts places it at an origin on a sheet.
 * Cell values: text, number, null (empty), or { n, fmt } for a number with a display format.
 */

export type Cell = string | number | null | { n: number; fmt: string };

export interface Form {
  source: string;
  rows: Cell[][];
  /** merges relative to A1, e.g. 'A1:G1' */
  merges: string[];
}

const _ = null;
const pct = (n: number, fmt = '0%'): Cell => ({ n, fmt });

// ---------------------------------------------------------------------------------------------------------
// XY — 湖北 襄阳市中心医院, 2021年度财政项目绩效自评表, 东津院区建设补助 (填报 2022-03-18)
// wuhan-style project form: 预算执行情况（万元）（20分）, one goal block 年度绩效目标1（80分）, no per-row points,
// closing rows 偏差大或目标未完成原因分析 / 改进措施及结果应用方案 (both `无`), 备注 under the table.
// Rows 17-18 (社会效益, 满意度) and the closing rows are reconstructed: the excerpt stops at 可持续性.
// ---------------------------------------------------------------------------------------------------------
export const XY_URL = 'https://taowenge.com/d-68000429.html';

export interface XyOptions {
  exec: number;
  rate: Cell;
  fundScore: number;
  satActual: string;
  satScore: number;
  total: number;
  costActual: string;
}

export const XY_PUBLISHED_OPTS: XyOptions = {
  costActual: '1000万元',
  exec: 1000,
  rate: pct(1),
  fundScore: 20,
  satActual: '95%',
  satScore: 10,
  total: 100,
};

export function xiangyang(o: XyOptions): Form {
  const rows: Cell[][] = [
    ['2021年度财政项目绩效自评表', _, _, _, _, _, _],
    ['单位名称：襄阳市中心医院', _, _, _, '填报日期：2022年3月18日', _, _],
    ['项目名称', '东津院区建设补助', _, _, _, _, _],
    ['主管部门', '襄阳市卫生健康委', _, '项目实施单位', '襄阳市中心医院', _, _],
    ['项目类别', '1、部门预算项目 √  2、财政专项 □  3、市对下转移支付项目 □', _, _, _, _, _],
    ['项目属性', '1、持续性项目 □  2、新增性项目 □', _, _, _, _, _],
    ['项目类型', '1、常年性项目 □  2、延续性项目 √  3、一次性项目 □', _, _, _, _, _],
    [
      '预算执行情况（万元）（20分）',
      _,
      '预算数（A）',
      '执行数（B）',
      '执行率（B/A）',
      '得分（20分*执行率）',
      _,
    ],
    ['年度财政资金总额', _, 1000, o.exec, o.rate, o.fundScore, _],
    [
      '年度绩效目标1（80分）',
      '一级指标',
      '二级指标',
      '三级指标',
      '年初目标值（A）',
      '实际完成值（B）',
      '得分',
    ],
    [_, '产出指标', '数量指标', '成本控制', '不超过预算', '不超过预算', 10],
    [_, _, '质量指标', '保证财政建设补助专款专用', '专款专用', '专款专用', 10],
    [_, _, '成本', '每年财政补助1000万元', '1000万元', o.costActual, 10],
    [_, _, '时效', '1年', '1年', '1年', 10],
    [_, '效益指标', '经济效益', '完成东津院区建设，医院东津医疗收入达到5亿元', '5亿元', '6.47亿元', 10],
    [_, _, '可持续性', '院区建成后，可持续为周边群众提供医疗服务', '服务范围扩大', '服务范围扩大', 10],
    [_, _, '社会效益', '缓解周边群众看病就医难', '有效缓解', '有效缓解', 10],
    [_, '满意度指标', '服务对象满意度', '患者满意度', '≥90%', o.satActual, o.satScore],
    ['总分', _, _, _, _, _, o.total],
    ['偏差大或目标未完成原因分析', _, '无', _, _, _, _],
    ['改进措施及结果应用方案', _, '无', _, _, _, _],
    [
      '备注：1.预算执行情况口径：预算数为调整后财政资金总额（包括上年结余结转），执行数为资金使用单位财政资金实际支出数。',
      _,
      _,
      _,
      _,
      _,
      _,
    ],
  ];
  const merges = [
    'A1:G1',
    'A2:D2',
    'E2:G2',
    'B3:G3',
    'B4:C4',
    'E4:G4',
    'B5:G5',
    'B6:G6',
    'B7:G7',
    'A8:B8',
    'F8:G8',
    'A9:B9',
    'F9:G9',
    'A10:A18',
    'B11:B14',
    'B15:B17',
    'A19:F19',
    'A20:B20',
    'C20:G20',
    'A21:B21',
    'C21:G21',
    'A22:G22',
  ];
  return { source: XY_URL, rows, merges };
}

/** A budget detail table a unit pastes under its form: money columns, no indicator header — not a region. */
export const XY_DECOY: Form = {
  source: 'decoy (typed for this set)',
  rows: [
    ['附表：2021年度东津院区建设补助资金支出明细', _, _, _, _],
    ['序号', '支出内容', '预算数（万元）', '执行数（万元）', '执行率'],
    [1, '东津院区设备购置', 600, 600, pct(1)],
    [2, '东津院区基础设施建设', 400, 400, pct(1)],
    ['合计', _, 1000, 1000, pct(1)],
  ],
  merges: ['A1:E1', 'A5:B5'],
};

// ---------------------------------------------------------------------------------------------------------
// CQ — 重庆 西部（重庆）科学城融媒体中心, 部门整体绩效自评表 (2021)
// One 11-column grid: block labels in column A (部门预算执行情况（万元） / 当年绩效目标 / 绩效指标, merged down),
// funds 年初预算数 | 全年（调整）预算数 | 全年执行数 | 执行率（%） | 执行率权重 | 执行率得分（分） on ONE unlabeled row,
// indicators 指标名称 | 计量单位 | 指标性质 (merged over groups) | 年初指标值 | 调整指标值 | 全年完成值 | 得分系数（%） |
// 指标权重（分） | 指标得分（分） | 是否核心指标, 自评总分（分） in the header, no reason column, no closing row.
// Published faults kept: two indicators with no target and no actual value but full points (三公经费 rows);
// 政府采购执行率 72.74% of 100% with full points; control/adjustment rates written without an operator.
// Reconstructed: the money amounts (the excerpt shows `O` where they stand; chosen so 1140/1500 = 76% as
// shown), the operators the OCR turned into `2`/`到`/`第`/`tot扁` (read as ≥), the last two indicator rows
// (the excerpt stops at 公共服务…; 20 points left: 100 − 10 − 70), the unit name (blank in the excerpt).
// ---------------------------------------------------------------------------------------------------------
export const CQ_URL = 'https://m.yzwku.com/doc/98587.html';

export interface CqOptions {
  unitName: string | null;
  exec: number;
  total: number;
  /** the published targets without operators and the two empty 三公经费 rows, or a clean fill */
  published: boolean;
  broadcastScore: number;
}

export const CQ_PUBLISHED_OPTS: CqOptions = {
  unitName: null,
  exec: 1140,
  total: 97.6,
  published: true,
  broadcastScore: 10,
};

export const CQ_CLEAN_OPTS: CqOptions = {
  unitName: '西部（重庆）科学城融媒体中心',
  exec: 1140,
  total: 97.6,
  published: false,
  broadcastScore: 10,
};

export function chongqing(o: CqOptions): Form {
  const p = o.published;
  const one = pct(1);
  const ind = (
    name: string,
    unit: string | null,
    nature: string | null,
    target: string | null,
    actual: string | null,
    weight: number,
    score: number,
    core: string,
  ): Cell[] => [_, name, unit, nature, target, _, actual, one, weight, score, core];
  const rows: Cell[][] = [
    ['部门整体绩效自评表', _, _, _, _, _, _, _, _, _, _],
    ['主管部门', o.unitName, _, _, '财政处室', _, _, '自评总分（分）', _, o.total, _],
    ['部门联系人', '×××', _, _, '联系电话', _, _, _, _, _, _],
    [
      '部门预算执行情况（万元）',
      '年初预算数',
      _,
      '全年（调整）预算数',
      '全年执行数',
      '执行率（%）',
      '执行率权重',
      '执行率得分（分）',
      _,
      _,
      _,
    ],
    [_, 1200, _, 1500, o.exec, pct(0.76), 10, 7.6, _, _, _],
    ['当年绩效目标', '年初绩效目标', _, _, '全年（调整）绩效目标', _, _, '全年目标实际完成情况', _, _, _],
    [
      _,
      '通过整合各级各类媒体、户外广告载体、宣传宣讲活动等，为建设成渝地区双城经济圈和西部（重庆）科学城营造良好氛围。',
      _,
      _,
      '无',
      _,
      _,
      '中心2021年较好地完成了履职任务，有效开展了西部（重庆）科学城新闻宣传管理、思想文化领域建设等工作。',
      _,
      _,
      _,
    ],
    [
      '绩效指标',
      '指标名称',
      '计量单位',
      '指标性质',
      '年初指标值',
      '调整指标值',
      '全年完成值',
      '得分系数（%）',
      '指标权重（分）',
      '指标得分（分）',
      '是否核心指标',
    ],
    ind('财政供养人员控制率', '%', '定量指标', p ? '100%' : '≤100%', '92%', 2, 2, '否'),
    ind('“三公”经费变动率', '%', _, p ? null : '≤5%', p ? null : '0%', 2, 2, '否'),
    ind('基础信息完善', '%', _, '100%', '100%', 1, 1, '否'),
    ind('预算完成率', '%', _, p ? '70%' : '≥70%', '76%', 2, 2, '是'),
    ind('预算调整率', '%', _, p ? '3%' : '≤3%', '0', 2, 2, '否'),
    ind('结转结余率', '%', _, p ? '2%' : '≤2%', '0', 2, 2, '是'),
    ind('公用经费控制率', '%', _, p ? '100%' : '≤100%', '97%', 2, 2, '是'),
    ind('“三公”经费控制率', '%', _, p ? null : '≤100%', p ? null : '85%', 2, 2, '否'),
    ind('政府采购执行率', '%', _, '100%', p ? '72.74%' : '100%', 2, 2, '是'),
    ind('管理制度健全性', _, '定性指标', '高', '高', 3, 3, '否'),
    ind('资金使用合规性', _, _, '好', '好', 5, 5, '否'),
    ind('预决算信息公开性', _, _, '高', '高', 1, 1, '否'),
    ind('资产管理安全性', _, _, '好', '好', 2, 2, '否'),
    ind('固定资产利用率', '%', '定量指标', '90%', '100%', 2, 2, '否'),
    ind('党性教育培训次数', '次', _, '≥6次', '12次', 5, 5, '是'),
    ind('组织宣传活动次数', '次', _, '≥40次', '43次', 10, 10, '是'),
    ind('制作宣传品数量', '份', _, '≥10份', '20份', 5, 5, '否'),
    ind('播发稿件数量', '篇', _, '≥2200篇', '2859篇', 10, o.broadcastScore, '是'),
    ind('业务保障能力提升', '%', _, '90%', '95%', 10, 10, '否'),
    ind('公共服务满意度', '%', _, '≥90%', '96%', 10, 10, '是'),
    ind('宣传覆盖人群占比', '%', _, '≥95%', '98%', 10, 10, '否'),
  ];
  const merges = [
    'A1:K1',
    'B2:D2',
    'F2:G2',
    'H2:I2',
    'J2:K2',
    'B3:D3',
    'F3:K3',
    'A4:A5',
    'B4:C4',
    'H4:K4',
    'B5:C5',
    'H5:K5',
    'A6:A7',
    'B6:D6',
    'E6:G6',
    'H6:K6',
    'B7:D7',
    'E7:G7',
    'H7:K7',
    'A8:A29',
    'D9:D17',
    'D18:D21',
    'D22:D29',
  ];
  return { source: CQ_URL, rows, merges };
}

/** The 收支总表 that department publications carry beside the forms — not a region. */
export const CQ_DECOY: Form = {
  source: 'decoy (typed for this set)',
  rows: [
    ['2021年度部门收支总表', _, _, _],
    ['收入', _, '支出', _],
    ['项目', '决算数', '项目', '决算数'],
    ['一般公共预算拨款收入', 1140, '文化旅游体育与传媒支出', 1050],
    ['政府性基金预算拨款收入', 0, '社会保障和就业支出', 60],
    ['其他收入', 0, '住房保障支出', 30],
    ['收入总计', 1140, '支出总计', 1140],
  ],
  merges: ['A1:D1', 'A2:B2', 'C2:D2'],
};

// ---------------------------------------------------------------------------------------------------------
// SZ — 湖北 随州市急救中心, 随州市财政预算支出项目绩效目标自评表, 2021年卫生健康人才培养培训一次性开办费
// (填报 2023-04-23). Funds by source in one row (中央 / 省、地 / 本级 / 其他 / 合计 / 执行数 / 执行率), no funds
// score; a 项目决策 (2分) / 项目管理 (13分) part with 分值 | 自评分 | 复核分 | 评价标准及依据; then the indicators
// under a 项目绩效 column with weights in the 一级/二级 labels (`产出指标40分`, `数量指标15分`), 自评分 and 复核分
// columns, 评价标准 text, no reason column; 自评总分 98 above the tables.
// Reconstructed: 时效指标13分 (40 − 15 − 12), 效益指标30分 and 满意度指标15分 rows (100 − 2 − 13 − 40 = 45;
// 自评总分 98 = 2 + 11 + 85, so they are full); the excerpt stops inside 质量指标.
// ---------------------------------------------------------------------------------------------------------
export const SZ_URL = 'https://yzwku.com/doc/566631.html';

export interface SzOptions {
  exec: number;
  mgmtLabel: string;
  total: number;
  dispatchScore: number;
  satActual: string;
  satScore: number;
}

export const SZ_PUBLISHED_OPTS: SzOptions = {
  exec: 23.3,
  mgmtLabel: '13分',
  total: 98,
  dispatchScore: 15,
  satActual: '95%',
  satScore: 15,
};

export function suizhou(o: SzOptions): Form {
  const rows: Cell[][] = [
    ['随州市财政预算支出项目绩效目标自评表', _, _, _, _, _, _, _, _],
    ['项目名称', '2021年卫生健康人才培养培训一次性开办费', _, _, _, '项目实施单位', '随州市急救中心', _, _],
    ['项目主管单位', '随州市卫生健康委员会', _, _, _, '项目负责人', '×××', _, _],
    ['项目属性', '1、常年性 □  2、延续性 □  3、一次性 ☑  4、新增性 □', _, _, _, _, _, _, _],
    [
      '项目资金来源',
      '中央（万元）',
      '省、地（万元）',
      '本级（万元）',
      '其他（万元）',
      '合计（万元）',
      '执行数（万元）',
      '执行率',
      _,
    ],
    [_, 4.9, 18.4, _, _, 23.3, o.exec, pct(1), _],
    ['项目年度目标', '2022年市急救中心正式运行。', _, _, _, _, _, _, _],
    ['填报日期：2023年4月23日', _, _, _, _, '自评总分：', _, o.total, _],
    ['项目', '权重', '评价内容', _, '分值', '自评分', '复核分', '评价标准及依据', _],
    [
      '项目决策',
      '2分',
      '决策依据',
      _,
      2,
      2,
      _,
      '有项目年度工作计划或有上级文件或审批报告计2分，没有不得分。',
      _,
    ],
    [
      '项目管理',
      o.mgmtLabel,
      '财务制度',
      _,
      3,
      3,
      _,
      '1、单位财务管理制度1分；2、项目管理制度1分；3、有制度执行佐证资料1分。没有不得分。',
      _,
    ],
    [_, _, '组织机构', _, 2, 2, _, '有明确的绩效管理机构或专人负责2分。没有不得分', _],
    [_, _, '运行监管', _, 4, 3, _, '1、运行监管记录3分；2、填报项目支出绩效监控表1分。没有不得分。', _],
    [
      _,
      _,
      '目标申报',
      _,
      4,
      3,
      _,
      '1、项目绩效目标全申报的1分，缺一项扣0.5分，扣完为止；2、绩效目标规范1分，不规范扣0.5分；3、按时申报绩效目标计2分，逾期扣1分。',
      _,
    ],
    ['项目年度目标：2022年急救中心正式运行。', _, _, _, _, _, _, _, _],
    [
      '项目绩效',
      '一级指标',
      '二级指标',
      '指标名称（三级指标）',
      '年初指标值',
      '年终完成值',
      '自评分',
      '复核分',
      '评价标准',
    ],
    [
      _,
      '产出指标40分',
      '数量指标15分',
      '派车次数',
      '15000次',
      17180,
      o.dispatchScore,
      _,
      '1、提供三级指标完成程度的佐证资料；2、三级指标分值按三级指标个数平均确定（15分/三级指标个数），四舍五入',
    ],
    [
      _,
      _,
      '质量指标12分',
      '调度员上岗培训率',
      '100%',
      '100%',
      12,
      _,
      '1、提供三级指标完成质量的佐证资料；2、三级指标分值按三级指标个数平均确定',
    ],
    [_, _, '时效指标13分', '培训按时完成率', '100%', '100%', 13, _, '提供三级指标完成时效的佐证资料'],
    [
      _,
      '效益指标30分',
      '社会效益指标30分',
      '急救呼叫响应及时率',
      '≥95%',
      '98%',
      30,
      _,
      '提供三级指标实现效益的佐证资料',
    ],
    [
      _,
      '满意度指标15分',
      '服务对象满意度指标15分',
      '患者满意度',
      '≥90%',
      o.satActual,
      o.satScore,
      _,
      '提供满意度调查资料',
    ],
  ];
  const merges = [
    'A1:I1',
    'B2:E2',
    'G2:I2',
    'B3:E3',
    'G3:I3',
    'B4:I4',
    'A5:A6',
    'H5:I5',
    'H6:I6',
    'B7:I7',
    'A8:E8',
    'F8:G8',
    'H8:I8',
    'C9:D9',
    'H9:I9',
    'C10:D10',
    'H10:I10',
    'A11:A14',
    'B11:B14',
    'C11:D11',
    'H11:I11',
    'C12:D12',
    'H12:I12',
    'C13:D13',
    'H13:I13',
    'C14:D14',
    'H14:I14',
    'A15:I15',
    'A16:A21',
    'B17:B19',
  ];
  return { source: SZ_URL, rows, merges };
}

/** A funds arrival table beside the form — money columns only, not a region. */
export const SZ_DECOY: Form = {
  source: 'decoy (typed for this set)',
  rows: [
    ['项目资金到位情况表', _, _, _],
    ['资金来源', '计划数（万元）', '到位数（万元）', '到位率'],
    ['中央', 4.9, 4.9, pct(1)],
    ['省、地', 18.4, 18.4, pct(1)],
    ['合计', 23.3, 23.3, pct(1)],
  ],
  merges: ['A1:D1'],
};

// ---------------------------------------------------------------------------------------------------------
// A1 helpers
// ---------------------------------------------------------------------------------------------------------
export function colIndex(name: string): number {
  let n = 0;
  for (const ch of name) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function colName(index: number): string {
  let s = '';
  let n = index;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function shiftCell(ref: string, dRow: number, dCol: number): string {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`bad cell ${ref}`);
  return `${colName(colIndex(m[1]) + dCol)}${Number(m[2]) + dRow}`;
}

export function shiftRef(ref: string, dRow: number, dCol: number): string {
  return ref
    .split(':')
    .map((c) => shiftCell(c, dRow, dCol))
    .join(':');
}
