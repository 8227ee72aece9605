/**
 * Self-evaluation forms rebuilt from real published forms of counties, towns and cities in several
 * provinces. Each form is written cell by cell as it sits on the published page, relative to A1; the
 * builder (build.ts) places it anywhere on a sheet. Variants (clean, planted faults) are patches over
 * these cells, so every expected finding in provinces.test.ts can be traced to one cell here.
 *
 * Where the published page was cut off or garbled, the missing cells are reconstructed and marked
 * `reconstructed` in a comment; README.md lists them.
 */

/** A cell: text, a number, or a number with an Excel number format. */
export type Cell = string | number | { n: number; fmt: string };

/** Cells by row number then column letter, relative to the form's own A1. */
export type Rows = Record<number, Record<string, Cell>>;

export interface Form {
  id: string;
  /** Who published it, where, and what the page shows. */
  source: string;
  rows: Rows;
  /** Merged ranges, relative to the form's own A1. */
  merges: string[];
}

const pct = (n: number): Cell => ({ n, fmt: '0.00%' });
const money = (n: number): Cell => ({ n, fmt: '0.00' });

/** A copy of a form with some cells replaced ('' clears a cell). */
export function patch(form: Form, id: string, cells: Record<string, Cell>): Form {
  const rows: Rows = {};
  for (const [r, row] of Object.entries(form.rows)) rows[Number(r)] = { ...row };
  for (const [addr, value] of Object.entries(cells)) {
    const m = /^([A-Z]+)(\d+)$/.exec(addr);
    if (!m) throw new Error(`bad address ${addr}`);
    const r = Number(m[2]);
    rows[r] = { ...(rows[r] ?? {}) };
    if (value === '') delete rows[r][m[1]];
    else rows[r][m[1]] = value;
  }
  return { ...form, id, rows };
}

/** A copy of a form without its first `count` rows (e.g. a table whose title was not copied). */
export function dropTopRows(form: Form, id: string, count: number): Form {
  const shift = (a: string) => a.replace(/\d+/g, (d) => String(Number(d) - count));
  const rows: Rows = {};
  for (const [r, row] of Object.entries(form.rows)) if (Number(r) > count) rows[Number(r) - count] = row;
  const merges = form.merges.filter((m) => Number(/\d+/.exec(m)?.[0]) > count).map(shift);
  return { ...form, id, rows, merges };
}

// ---------------------------------------------------------------------------------------------------
// P01 — Anhui, Chizhou, Guichi district, 棠溪镇人民政府, 委托业务项目 (2022年度). National columns,
// weights in the 一级 labels (产出指标(50分)), an empty 经济效益指标 row left in the 效益 block.
// Real fault: 年度资金总额 shows 0 / 0 / 0 while 其中：本年财政拨款 gives 90 / 89.974 / 89.974.
// Source: http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2
// (the 满意度 row is cut off on the page after "公众满…": its values are reconstructed)
// ---------------------------------------------------------------------------------------------------
export const P01_CHIZHOU: Form = {
  id: 'p01-chizhou',
  source: 'http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2',
  rows: {
    1: { A: '项目支出绩效自评表' },
    2: { A: '（2022年度）' },
    3: { A: '项目名称', B: '委托业务项目' },
    4: {
      A: '主管部门',
      B: '219-池州市贵池区棠溪镇人民政府',
      F: '实施单位',
      G: '219001-池州市贵池区棠溪镇人民政府',
    },
    5: {
      A: '项目资金\n（万元）',
      C: '年初预算数',
      D: '全年预算数',
      E: '全年执行数',
      F: '分值',
      G: '执行率',
      H: '得分',
    },
    6: { B: '年度资金总额：', C: 0, D: 0, E: 0, F: 10, G: pct(0), H: 0 },
    7: { B: '其中：本年财政拨款', C: 90, D: 89.974, E: 89.974, F: '—', G: '—', H: '—' },
    8: { B: '上年结转资金', F: '—', G: '—', H: '—' },
    9: { B: '其他资金', F: '—', G: '—', H: '—' },
    10: { A: '年度总体目标', B: '预期目标', F: '实际完成情况' },
    11: {
      B: '本项目共申请预算资金90万元。其中：30万元用于基建工程项目预算编制；30万元用于基建工程项目审计；30万元用于基建工程项目设计、规划、测绘。',
      F: '本项目共完成预算资金89.97万元。其中：30万元用于基建工程项目预算编制；30万元用于基建工程项目审计；29.99万元用于基建工程项目设计、规划、测绘。',
    },
    12: {
      A: '绩效指标',
      B: '一级指标',
      C: '二级指标',
      D: '三级指标',
      E: '年度指标值',
      F: '实际完成值',
      G: '分值',
      H: '得分',
      I: '偏差原因分析及改进措施',
    },
    13: {
      B: '产出指标(50分)',
      C: '数量指标',
      D: '基建工程委托业务项目数量',
      E: '≥50个',
      F: '50',
      G: 8,
      H: 8,
    },
    14: { C: '质量指标', D: '委托业务报告合格率', E: '≥100百分比', F: '100', G: 8, H: 8 },
    15: { D: '经费支出合规性', E: '严格执行相关制度规定', F: '达成预期指标', G: 8, H: 8 },
    16: { C: '时效指标', D: '提交报告及时性', E: '在项目计划完成时间内完成', F: '达成预期指标', G: 8, H: 8 },
    17: { C: '成本指标', D: '项目总成本', E: '≤90万元', F: '90', G: 8, H: 8 },
    18: { D: '单项业务成本', E: '符合相关规定', F: '达成预期指标', G: 10, H: 10 },
    19: {
      B: '效益指标(30分)',
      C: '社会效益指标',
      D: '对维护基建市场公平的影响程度',
      E: '效果明显',
      F: '达成预期指标',
      G: 10,
      H: 10,
    },
    20: {
      C: '生态效益指标',
      D: '对控制基建项目成本影响程度',
      E: '效果明显',
      F: '达成预期指标',
      G: 10,
      H: 10,
    },
    21: {
      C: '可持续影响指标',
      D: '对推动基建项目“四项制度”健全和落实的持续性影响',
      E: '效果明显',
      F: '达成预期指标',
      G: 10,
      H: 10,
    },
    22: { C: '经济效益指标' },
    // reconstructed: the page is cut after 公众满…
    23: { B: '满意度指标(10分)', C: '满意度指标', D: '公众满意度', E: '≥90%', F: '95%', G: 10, H: 10 },
    24: { A: '总分', G: 100, H: 90 },
  },
  merges: [
    'A1:I1',
    'A2:I2',
    'B3:I3',
    'B4:E4',
    'G4:I4',
    'A5:A9',
    'A10:A11',
    'B10:E10',
    'F10:I10',
    'B11:E11',
    'F11:I11',
    'A12:A23',
    'B13:B18',
    'C14:C15',
    'C17:C18',
    'B19:B22',
    'A24:F24',
  ],
};

// ---------------------------------------------------------------------------------------------------
// P02 — Anhui, 天长市水利局, 水旱灾害防御经费 (2022年度), published 2023-12-05 ("天长市水利局水旱灾害防御股
// 项目支出绩效自评"). The official national template with its placeholder rows (指标1：/指标2：/……) left
// in, an all-`/` row under 生态效益指标, 执行率 left blank, a note under 总分.
// Real fault: six indicators carry the target inside the name and leave 年度指标值 and 实际完成值 empty.
// Source: page text returned by the search corpus without an address (天长市水利局, 2023-12-05).
// ---------------------------------------------------------------------------------------------------
export const P02_TIANCHANG: Form = {
  id: 'p02-tianchang',
  source: '天长市水利局水旱灾害防御股项目支出绩效自评（天长市人民政府网站，发布时间 2023-12-05）',
  rows: {
    1: { A: '项目支出绩效自评表' },
    2: { A: '（2022年度）' },
    3: { A: '项目名称', B: '水旱灾害防御经费' },
    4: { A: '主管部门', F: '实施单位', G: '天长市水利局' },
    5: {
      A: '项目资金\n（万元）',
      C: '年初预算数',
      D: '全年预算数（A）',
      E: '全年执行数（B）',
      F: '分值',
      G: '执行率（B/A）',
      H: '得分',
    },
    6: { B: '年度资金总额：', C: 880, D: 880, E: 880, F: 10, H: 10 },
    7: { B: '其中：本年财政拨款', C: 880, D: 880, E: 880, F: '-', H: '-' },
    8: { B: '上年结转资金', F: '-', H: '-' },
    9: { B: '其他资金', F: '-', H: '-' },
    10: { A: '年度总体目标完成情况', B: '预期目标', F: '实际完成情况' },
    11: { B: '完成年度防汛工作，完成中型灌区节水改造项目和农业综合水价改革项目。', F: '完成年度目标。' },
    12: {
      A: '年度绩效指标完成情况',
      B: '一级指标',
      C: '二级指标',
      D: '三级指标',
      E: '年度指标值',
      F: '实际完成值',
      G: '分值',
      H: '得分',
      I: '偏差原因分析及改进措施',
    },
    13: {
      B: '产出指标\n（50分）',
      C: '数量指标',
      D: '指标1：完成中型灌区节水改造项目数量',
      E: '1',
      F: '1',
      G: 10,
      H: 10,
    },
    14: { D: '指标2：完成农业综合水价改革项目', E: '1', F: '1', G: 10, H: 10 },
    15: { D: '……' },
    16: { C: '质量指标', D: '指标1：工程质量合格', G: 10, H: 10 },
    17: { D: '指标2：' },
    18: { D: '……' },
    19: { C: '时效指标', D: '指标1：年度资金支付完成率100%', G: 10, H: 10 },
    20: { D: '指标2：' },
    21: { D: '……' },
    22: { C: '成本指标', D: '指标1：资金执行在预算范围内', G: 10, H: 10 },
    23: { D: '指标2：' },
    24: { D: '……' },
    25: { B: '效益指标\n（30分）', C: '经济效益指标', D: '指标1：全市安全度汛', G: 10, H: 10 },
    26: { D: '指标2：' },
    27: { D: '……' },
    28: { C: '社会效益指标', D: '指标1：保护全市人口财产不受损失', G: 10, H: 10 },
    29: { D: '指标2：' },
    30: { D: '……' },
    31: { C: '生态效益指标', D: '指标1：/', E: '/', F: '/' },
    32: { D: '指标2：' },
    33: { D: '……' },
    34: { C: '可持续影响指标', D: '指标1：已建工程良性运行', G: 10, H: 10 },
    35: { D: '指标2：' },
    36: { D: '……' },
    37: {
      B: '满意度指标\n（10分）',
      C: '服务对象满意度指标',
      D: '指标1：服务对象满意度',
      E: '90%',
      F: '100%',
      G: 10,
      H: 10,
    },
    38: { D: '指标2：' },
    39: { D: '……' },
    40: { A: '总分', G: 100, H: 100 },
    41: {
      A: '注：1.一级指标分值统一设置为：产出指标50分、效益指标30分、服务对象满意度指标10分、预算资金执行率10分。',
    },
  },
  merges: [
    'A1:I1',
    'A2:I2',
    'B3:I3',
    'B4:E4',
    'G4:I4',
    'A5:A9',
    'A10:A11',
    'B10:E10',
    'F10:I10',
    'B11:E11',
    'F11:I11',
    'A12:A39',
    'B13:B24',
    'C13:C15',
    'C16:C18',
    'C19:C21',
    'C22:C24',
    'B25:B36',
    'C25:C27',
    'C28:C30',
    'C31:C33',
    'C34:C36',
    'B37:B39',
    'C37:C39',
    'A40:F40',
    'A41:I41',
  ],
};

// ---------------------------------------------------------------------------------------------------
// Sichuan template 部门预算项目支出绩效自评表: 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分
// (rate over 调整后预算数), sub-rows 财政资金 / 财政专户管理资金 / 单位资金 / 其他资金, indicators with
// 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析, then 合计, 评价结论, 存在问题, 改进措施 and
// a signature line. Columns A..K; rows of the head are the same on every Sichuan form below.
// ---------------------------------------------------------------------------------------------------
const SICHUAN_NOTE =
  '1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；2.年中发生预算调整的（追加或调减），应单独说明理由；3.其他资金包括：社会投入资金、银行贷款。';

const SICHUAN_INDICATOR_HEADER: Record<string, Cell> = {
  A: '绩效指标(90分)',
  B: '一级指标',
  C: '二级指标',
  D: '三级指标',
  E: '指标性质',
  F: '指标值',
  G: '度量单位',
  H: '完成值',
  I: '权重',
  J: '得分',
  K: '未完成原因分析',
};

const SICHUAN_FUNDS_HEADER: Record<string, Cell> = {
  A: '预算执行情况(10分)',
  B: '年度预算数(万元)',
  C: '年初预算',
  D: '调整后预算数',
  E: '预算执行数',
  F: '预算执行率',
  G: '权重',
  H: '得分',
  I: '原因',
};

const SICHUAN_HEAD_MERGES = ['A1:K1', 'B2:K2', 'B3:F3', 'H3:K3', 'A4:A6', 'B4:C5', 'D4:G4', 'H4:K4'];

// P03 — Sichuan, Suining, 大英县司法局, 2023年全县安可替代补助资金项目 (部门预算项目支出绩效自评表 2023年度).
// Source: https://dyxrmt.cn/article-157795-21.html (several forms stacked on one page, each closed by
// 项目负责人：… | 财务负责人：…). No fault in the published form; note 年初预算 0.00 with 调整后预算数 3.36.
export const P03_DAYING_ANKE: Form = {
  id: 'p03-daying-anke',
  source: 'https://dyxrmt.cn/article-157795-21.html',
  rows: {
    1: { A: '部门预算项目支出绩效自评表(2023年度)' },
    2: { A: '项目名称', B: '51092324T000010263357-2023年全县安可替代补助资金项目' },
    3: { A: '主管部门', B: '大英县司法局部门', G: '实施单位', H: '大英县司法局' },
    4: { A: '项目基本情况', B: '1.项目年度目标完成情况', D: '项目年度目标', H: '年度目标完成情况' },
    5: { D: '根据要求购买安可设备，并完成项目资金支付。', H: '完成' },
    6: { B: '2.项目实施内容及过程概述', D: '2023年购买13台安可电脑，并于12月前完成资金支付。' },
    7: SICHUAN_FUNDS_HEADER,
    8: {
      B: '总额',
      C: money(0),
      D: money(3.36),
      E: money(3.36),
      F: '100.00%',
      G: 10,
      H: 10,
      I: SICHUAN_NOTE,
    },
    9: { B: '其中：财政资金', C: money(0), D: money(3.36), E: money(3.36), F: '100.00%', G: '/', H: '/' },
    10: { B: '财政专户管理资金', C: money(0), D: money(0), E: money(0), F: '0.00%', G: '/', H: '/' },
    11: { B: '单位资金', C: money(0), D: money(0), E: money(0), F: '0.00%', G: '/', H: '/' },
    12: { B: '其他资金', G: '/', H: '/' },
    13: SICHUAN_INDICATOR_HEADER,
    // reconstructed after "= | 100 |": the page is cut there
    14: {
      B: '产出指标',
      C: '质量指标',
      D: '完成安可产品购买并按要求支付资金',
      E: '=',
      F: 100,
      G: '%',
      H: 100,
      I: 90,
      J: 90,
    },
    15: { A: '合计', I: 100, J: 100 },
    16: { A: '评价结论', B: '根据财政局资金下达的管理办法，将资金支付给项目施工方。' },
    17: { A: '存在问题', B: '无' },
    18: { A: '改进措施', B: '无' },
    19: { A: '项目负责人：查小兵', F: '财务负责人：唐勇' },
  },
  merges: [
    ...SICHUAN_HEAD_MERGES,
    'D5:G5',
    'H5:K5',
    'B6:C6',
    'D6:K6',
    'A7:A12',
    'I7:K7',
    'I8:K12',
    'A13:A14',
    'A15:H15',
    'B16:K16',
    'B17:K17',
    'B18:K18',
    'A19:E19',
    'F19:K19',
  ],
};

// P04 — Sichuan, Meishan, 青神县发展和改革局, 工资性支出 (部门预算项目支出绩效自评表 2023年度), with
// 报表编号：510000_0013zp above the title. Published with the template unfilled: 完成值, both 得分, the
// funds 得分 and the 合计 score are empty; 评价结论/存在问题/改进措施 still show the instructions.
// 年初预算 238.93 against 调整后预算数 251.89: the rate is over the adjusted budget.
// Source: https://www.scqs.gov.cn/info/13206/211004.htm
export const P04_QINGSHEN_WAGES: Form = {
  id: 'p04-qingshen-wages',
  source: 'https://www.scqs.gov.cn/info/13206/211004.htm',
  rows: {
    1: { K: '报表编号：510000_0013zp' },
    2: { A: '部门预算项目支出绩效自评表(2023年度)' },
    3: { A: '项目名称', B: '51000021R000000019951-工资性支出' },
    4: { A: '主管部门', B: '青神县发展和改革局本级', G: '实施单位\n（盖章）', H: '青神县发展和改革局' },
    5: { A: '项目基本情况', B: '1.项目年度目标完成情况', D: '项目年度目标', H: '年度目标完成情况' },
    6: {
      D: '严格执行相关政策，保障工资及时、足额发放或社保及时、足额缴纳，预算编制科学合理，减少结余资金。',
      H: '对照年度目标，说明相关任务目标的完成情况（100字以内）',
    },
    7: { B: '2.项目实施内容及过程概述' },
    8: SICHUAN_FUNDS_HEADER,
    9: { B: '总额', C: 238.93, D: 251.89, E: 251.89, F: '100.00%', G: 10, I: SICHUAN_NOTE },
    10: { B: '其中：财政资金', C: 238.93, D: 251.89, E: 251.89, F: '100.00%', G: '/', H: '/' },
    11: { B: '财政专户管理资金', C: money(0), D: money(0), E: money(0), F: '0.00%', G: '/', H: '/' },
    12: { B: '单位资金', C: money(0), D: money(0), E: money(0), F: '0.00%', G: '/', H: '/' },
    13: { B: '其他资金', G: '/', H: '/' },
    14: SICHUAN_INDICATOR_HEADER,
    15: { B: '产出指标', C: '数量指标', D: '发放（缴纳）覆盖率', E: '=', F: 100, G: '%', I: 60 },
    16: { B: '效益指标', C: '社会效益指标', D: '足额保障率（参保率）', E: '=', F: 100, G: '%', I: 30 },
    17: { A: '合计', I: 100 },
    18: { A: '评价结论', B: '结合自评情况，说明项目自评总分，说明项目实施取得的成效或成果。（200字以内）' },
    19: { A: '存在问题', B: '结合自评情况，分析存在的问题及原因。（200字以内）' },
    20: {
      A: '改进措施',
      B: '针对项目自评中发现的问题，提出下一步改进完善的意见及有关政策性建议。（200字以内）',
    },
    21: { A: '项目负责人：', F: '财务负责人：' },
  },
  merges: [
    'A2:K2',
    'B3:K3',
    'B4:F4',
    'H4:K4',
    'A5:A7',
    'B5:C6',
    'D5:G5',
    'H5:K5',
    'D6:G6',
    'H6:K6',
    'B7:C7',
    'D7:K7',
    'A8:A13',
    'I8:K8',
    'I9:K13',
    'A14:A16',
    'A17:H17',
    'B18:K18',
    'B19:K19',
    'B20:K20',
    'A21:E21',
    'F21:K21',
  ],
};

// P05 — Sichuan, Suining, 大英县 (融媒体中心 page), a 工资福利 project on the same template: four
// indicators of 22.5 each (=100%, ≤10次, =100%, ≤5%), 合计 100, 评价结论 及时、足额缴纳。, 存在问题 暂无,
// 改进措施 暂无, 项目负责人：/财务负责人：. Source: https://dyrmt.com/article-132779-22.html
// reconstructed: the page excerpt gives only the indicator block and the closing rows; the head, the
// funds amounts and the 完成值 are filled in on the pattern of the other 大英县 forms.
export const P05_DAYING_WAGES: Form = {
  id: 'p05-daying-wages',
  source: 'https://dyrmt.com/article-132779-22.html',
  rows: {
    1: { A: '部门预算项目支出绩效自评表(2023年度)' },
    2: { A: '项目名称', B: '51092323R000000011532-工资福利支出' },
    3: { A: '主管部门', B: '大英县融媒体中心', G: '实施单位', H: '大英县融媒体中心' },
    4: { A: '项目基本情况', B: '1.项目年度目标完成情况', D: '项目年度目标', H: '年度目标完成情况' },
    5: { D: '保障在职人员工资及时、足额发放，社保及时、足额缴纳。', H: '已完成' },
    6: { B: '2.项目实施内容及过程概述', D: '按月发放在职人员工资，按时缴纳社会保险。' },
    7: SICHUAN_FUNDS_HEADER,
    8: { B: '总额', C: 412.36, D: 436.52, E: 436.52, F: pct(1), G: 10, H: 10, I: SICHUAN_NOTE },
    9: { B: '其中：财政资金', C: 412.36, D: 436.52, E: 436.52, F: pct(1), G: '/', H: '/' },
    10: { B: '财政专户管理资金', C: 0, D: 0, E: 0, F: pct(0), G: '/', H: '/' },
    11: { B: '单位资金', C: 0, D: 0, E: 0, F: pct(0), G: '/', H: '/' },
    12: { B: '其他资金', G: '/', H: '/' },
    13: SICHUAN_INDICATOR_HEADER,
    14: { B: '产出指标', C: '数量指标', D: '足额保障率', E: '=', F: 100, G: '%', H: 100, I: 22.5, J: 22.5 },
    15: { D: '科目调整次数', E: '≤', F: 10, G: '次', H: 3, I: 22.5, J: 22.5 },
    16: { C: '时效指标', D: '按时发放率', E: '=', F: 100, G: '%', H: 100, I: 22.5, J: 22.5 },
    17: {
      B: '效益指标',
      C: '经济效益指标',
      D: '结余率（计算方法为：结余数/预算数）',
      E: '≤',
      F: 5,
      G: '%',
      H: 0,
      I: 22.5,
      J: 22.5,
    },
    18: { A: '合计', I: 100, J: 100 },
    19: { A: '评价结论', B: '及时、足额缴纳。' },
    20: { A: '存在问题', B: '暂无' },
    21: { A: '改进措施', B: '暂无' },
    22: { A: '项目负责人：', F: '财务负责人：' },
  },
  merges: [
    ...SICHUAN_HEAD_MERGES,
    'D5:G5',
    'H5:K5',
    'B6:C6',
    'D6:K6',
    'A7:A12',
    'I7:K7',
    'I8:K12',
    'A13:A17',
    'B14:B16',
    'C14:C15',
    'A18:H18',
    'B19:K19',
    'B20:K20',
    'B21:K21',
    'A22:E22',
    'F22:K22',
  ],
};

// ---------------------------------------------------------------------------------------------------
// P06 — Yunnan, Lijiang, 古城区自然资源局, 2020年省级自然资源卫片执法补助经费 (2020年度项目支出绩效自评表).
// Two-row indicator header: 年度指标值 spans 指标性质 | 指标值 | 度量单位; operators written ﹦ and ≥.
// Real fault: every indicator met its target yet lost 10% of its points, with no 偏差原因 given.
// Source: http://m.jjiadianqingjie.com.cn/changyong/13241.html (reposted from the 丽江 publication)
// reconstructed: the 满意度 score and the 总分 row are cut off on the page (9 of 10, as every other row).
// ---------------------------------------------------------------------------------------------------
export const P06_LIJIANG: Form = {
  id: 'p06-lijiang',
  source: 'http://m.jjiadianqingjie.com.cn/changyong/13241.html',
  rows: {
    1: { A: '2020年度项目支出绩效自评表' },
    2: { A: '项目名称', B: '2020年省级自然资源卫片执法补助经费支出绩效自评表' },
    3: { A: '主管部门', B: '丽江市自然资源和规划局', F: '实施单位', H: '丽江市古城区自然资源局' },
    4: {
      A: '项目资金\n（万元）',
      D: '年初预算数',
      E: '全年预算数',
      F: '全年执行数',
      G: '分值',
      H: '执行率',
      I: '得分',
    },
    5: { B: '年度资金总额', D: 7.29, E: 7.29, F: 7.29, G: 10, H: '100%', I: 10 },
    6: { B: '其中：当年财政拨款', D: 7.29, E: 7.29, F: 7.29, H: '100%' },
    7: { B: '上年结转资金' },
    8: { B: '其他资金' },
    9: { A: '年度总体目标', B: '预期目标', G: '实际完成情况' },
    10: { B: '自然资源卫片执法补助经费', G: '自然资源卫片执法补助经费' },
    11: {
      A: '绩效指标',
      D: '年度指标值',
      G: '实际完成值',
      H: '分值',
      I: '得分',
      J: '偏差原因分析及改进措施',
    },
    12: { A: '一级指标', B: '二级指标', C: '三级指标', D: '指标性质', E: '指标值', F: '度量单位' },
    13: {
      A: '产出指标',
      B: '数量指标',
      C: '卫片执法补助经费',
      D: '﹦',
      E: 72890,
      F: '元',
      G: 72890,
      H: 10,
      I: 9,
    },
    14: { B: '质量指标', C: '项目验收合格率', D: '﹦', E: 100, F: '%', G: 100, H: 20, I: 19 },
    15: { B: '时效指标', C: '项目完成及时率', D: '﹦', E: 100, F: '%', G: 100, H: 20, I: 19 },
    16: { A: '效益指标', B: '社会效益指标', C: '违法行为责停率', D: '≥', E: 95, F: '%', G: 95, H: 30, I: 27 },
    17: { A: '满意度指标', B: '服务对象满意度指标', C: '满意度', D: '≥', E: 95, F: '%', G: 95, H: 10, I: 9 },
    18: { A: '总分', H: 100, I: 93 },
  },
  merges: [
    'A1:K1',
    'B2:K2',
    'B3:E3',
    'F3:G3',
    'H3:K3',
    'A4:A8',
    'B4:C4',
    'B5:C5',
    'B6:C6',
    'B7:C7',
    'B8:C8',
    'A9:A10',
    'B9:F9',
    'G9:K9',
    'B10:F10',
    'G10:K10',
    'A11:C11',
    'D11:F11',
    'G11:G12',
    'H11:H12',
    'I11:I12',
    'J11:K12',
    'A13:A15',
    'J13:K13',
    'J14:K14',
    'J15:K15',
    'J16:K16',
    'J17:K17',
    'A18:G18',
    'J18:K18',
  ],
};

// P09 — the same 丽江 indicator table under its title without the 项目资金 block (a form without a
// funds block: only an indicator table under a 自评表 title); the 总分 row declares 90.
export const P09_LIJIANG_NO_FUNDS: Form = {
  id: 'p09-lijiang-no-funds',
  source: 'http://m.jjiadianqingjie.com.cn/changyong/13241.html',
  rows: {
    1: { A: '2020年度项目支出绩效自评表' },
    2: { A: '项目名称', B: '2020年省级自然资源卫片执法补助经费支出绩效自评表' },
    3: { A: '主管部门', B: '丽江市自然资源和规划局', F: '实施单位', H: '丽江市古城区自然资源局' },
    4: { A: '绩效指标', D: '年度指标值', G: '实际完成值', H: '分值', I: '得分', J: '偏差原因分析及改进措施' },
    5: { A: '一级指标', B: '二级指标', C: '三级指标', D: '指标性质', E: '指标值', F: '度量单位' },
    6: {
      A: '产出指标',
      B: '数量指标',
      C: '卫片执法补助经费',
      D: '﹦',
      E: 72890,
      F: '元',
      G: 72890,
      H: 10,
      I: 10,
    },
    7: { B: '质量指标', C: '项目验收合格率', D: '﹦', E: 100, F: '%', G: 100, H: 20, I: 20 },
    8: { B: '时效指标', C: '项目完成及时率', D: '﹦', E: 100, F: '%', G: 100, H: 20, I: 20 },
    9: { A: '效益指标', B: '社会效益指标', C: '违法行为责停率', D: '≥', E: 95, F: '%', G: 95, H: 30, I: 30 },
    10: { A: '满意度指标', B: '服务对象满意度指标', C: '满意度', D: '≥', E: 95, F: '%', G: 95, H: 10, I: 10 },
    11: { A: '总分', H: 90, I: 90 },
  },
  merges: [
    'A1:K1',
    'B2:K2',
    'B3:E3',
    'F3:G3',
    'H3:K3',
    'A4:C4',
    'D4:F4',
    'G4:G5',
    'H4:H5',
    'I4:I5',
    'J4:K5',
    'A6:A8',
    'J6:K6',
    'J7:K7',
    'J8:K8',
    'J9:K9',
    'J10:K10',
    'A11:G11',
    'J11:K11',
  ],
};

// ---------------------------------------------------------------------------------------------------
// P07 — Guizhou, Zunyi, 绥阳县太白镇人民政府, 部门整体支出绩效自评表 (填报日期 2022年2月3日). Department-wide,
// 部门(单位)名称, funds block 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 | 得分计算方法 with no rate
// column; 基本支出 and 项目支出 sub-rows repeat 分值 10 / 得分 10; indicators with 年度指标值(A) |
// 全年实际值(B) | 分值 | 得分计算方法 | 得分 and no reason column.
// Real fault: 年度资金总额 executed 1268.72 against a budget of 1172.55 (项目支出 187.36 → 353.75).
// Source: https://www.suiyang.gov.cn/xzjd_5682378/tbz_5682388/zfxxgk_5682340/fdzdgknr_5682343/czyjs_5865203/202208/t20220824_76240024.html
// reconstructed: the page excerpt stops at the indicator header; the indicator rows are typical
// town-government indicators written for this rebuild.
// ---------------------------------------------------------------------------------------------------
const SUIYANG_METHOD = '完成目标值得满分，未完成按比例得分';
export const P07_SUIYANG_DEPT: Form = {
  id: 'p07-suiyang-dept',
  source:
    'https://www.suiyang.gov.cn/xzjd_5682378/tbz_5682388/zfxxgk_5682340/fdzdgknr_5682343/czyjs_5865203/202208/t20220824_76240024.html',
  rows: {
    1: { A: '部门整体支出绩效自评表' },
    2: { A: '单位(盖章)：绥阳县太白镇人民政府', F: '填报日期：2022年2月3日' },
    3: { A: '部门(单位)名称', B: '绥阳县太白镇人民政府' },
    4: {
      A: '部门(单位)总体\n资金(万元)',
      B: '资 金 来 源',
      C: '年初预算数(A)',
      D: '全年执行数(B)',
      E: '分值(10分)',
      F: '得分',
      G: '得分计算方法',
    },
    5: {
      B: '年度资金总额：',
      C: 1172.55,
      D: 1268.72,
      E: 10,
      F: 10,
      G: '执行率*该指标分值，最高不得超过分值上限。',
    },
    6: { B: '基本支出', C: 985.19, D: 914.97, E: 10, F: 10 },
    7: { B: '项目支出', C: 187.36, D: 353.75, E: 10, F: 10 },
    8: { B: '其他' },
    9: { A: '年度总体目标', B: '年初设定目标', F: '年度总体目标完成情况' },
    10: {
      B: '（1）制定和组织实施经济、科技和社会发展计划，组织指导好各业生产，促进经济发展。（2）制定并组织实施村镇建设规划。（3）按计划组织本级财政收入和地方税的征收。（4）完成上级政府交办的其它事项。',
      F: '（1）积极履职，强化管理，较好地完成本年工作任务。（2）部门整体支出管理水平得到提升。（3）按计划组织本级财政收入和地方税的征收，管好财政资金。（4）完成上级政府交办的其它事项。',
    },
    11: {
      A: '绩效指标',
      B: '一级指标',
      C: '二级指标',
      D: '三级指标',
      E: '年度指标值(A)',
      F: '全年实际值(B)',
      G: '分值',
      H: '得分计算方法',
      I: '得分',
    },
    12: {
      B: '产出指标',
      C: '数量指标',
      D: '保障在职人员数',
      E: '≥45人',
      F: '45人',
      G: 20,
      H: SUIYANG_METHOD,
      I: 20,
    },
    13: { C: '质量指标', D: '“三公”经费控制率', E: '≤100%', F: '92%', G: 10, H: SUIYANG_METHOD, I: 10 },
    14: { C: '时效指标', D: '工资按时发放率', E: '100%', F: '100%', G: 10, H: SUIYANG_METHOD, I: 10 },
    15: { C: '成本指标', D: '公用经费控制率', E: '≤100%', F: '98%', G: 10, H: SUIYANG_METHOD, I: 10 },
    16: {
      B: '效益指标',
      C: '社会效益指标',
      D: '镇村工作正常运转',
      E: '正常运转',
      F: '正常运转',
      G: 15,
      H: '定性评价',
      I: 15,
    },
    17: { C: '可持续影响指标', D: '基层治理能力', E: '持续提升', F: '持续提升', G: 10, H: '定性评价', I: 10 },
    18: { C: '经济效益指标', D: '本级财政收入完成率', E: '≥100%', F: '100%', G: 5, H: SUIYANG_METHOD, I: 5 },
    19: {
      B: '满意度指标',
      C: '服务对象满意度指标',
      D: '群众满意度',
      E: '≥90%',
      F: '95%',
      G: 10,
      H: SUIYANG_METHOD,
      I: 10,
    },
    20: { A: '总分', G: 100, I: 100 },
  },
  merges: [
    'A1:I1',
    'A2:E2',
    'F2:I2',
    'B3:I3',
    'A4:A8',
    'G4:I4',
    'G5:I8',
    'A9:A10',
    'B9:E9',
    'F9:I9',
    'B10:E10',
    'F10:I10',
    'A11:A19',
    'B12:B15',
    'B16:B18',
    'A20:F20',
  ],
};

// ---------------------------------------------------------------------------------------------------
// P08 — Ningxia, 银川市本级部门项目支出绩效自评表 (2021年), 初中公用经费, 银川市第六中学. Header line with
// 自评得分 and 财政审核评分; funds 年初预算数 | 调整预算数(A) | 全年执行数(B) | 执行率(B/A) with no points;
// indicator columns in another order (分值 before 指标值(A) | 全年实际值(B)), 一级 项目决策/项目管理/项目产出/
// 项目效益 with points in labels at two levels, placeholder rows (指标1：/指标2：) left in.
// Real faults: four indicators lose points with no reason given; the header 自评得分 98 is not the sum
// of the scores shown (94).
// Source: https://m.yzwku.com/doc/476505.html (text of 银川市本级部门项目支出绩效自评表.docx)
// reconstructed: the page text is OCR-garbled and cut at 学生和老…: the 满意度 row is written for it.
// ---------------------------------------------------------------------------------------------------
export const P08_YINCHUAN: Form = {
  id: 'p08-yinchuan',
  source: 'https://m.yzwku.com/doc/476505.html',
  rows: {
    1: { A: '银川市本级部门项目支出绩效自评表' },
    2: { A: '（2021年）' },
    3: { A: '项目名称', B: '初中公用经费', E: '主管部门', F: '银川市教育局' },
    4: { A: '实施单位', B: '银川市第六中学', E: '自评得分', F: 98, G: '财政审核评分' },
    5: {
      A: '项目资金\n（万元）',
      C: '年初预算数',
      D: '调整预算数（A）',
      E: '全年执行数（B）',
      F: '执行率（B/A）',
    },
    6: { B: '年度资金总额', C: 64.8, D: 64.8, E: 64.8, F: '100%' },
    7: { A: '年度总体目标', B: '年初设定目标', E: '年度总体目标完成情况' },
    8: { B: '保障学校正常工作运行', E: '保障了学校正常工作运行' },
    9: {
      A: '一级指标',
      B: '二级指标',
      C: '三级指标',
      D: '分值',
      E: '指标值（A）',
      F: '全年实际值（B）',
      G: '得分',
      H: '未完成原因分析及改进措施',
    },
    10: {
      A: '项目决策（10分）',
      B: '项目目标',
      C: '目标完整性',
      D: 4,
      E: '—',
      F: '目标明确、内容细化、目标量化',
      G: 4,
    },
    11: { B: '项目立项', C: '相关性', D: 2, E: '—', F: '按照学校管理标准对学校进行管理', G: 2 },
    12: { C: '可行性', D: 2, E: '—', F: '实际工作需求', G: 2 },
    13: { C: '适当性', D: 2, E: '—', F: '有资金测算标准', G: 2 },
    14: { A: '项目管理（25分）', B: '投入管理', C: '预算执行率', D: 10, E: '—', F: '100%', G: 9 },
    15: {
      B: '财务管理',
      C: '财务管理制度有效性',
      D: 7,
      E: '—',
      F: '财务制度健全，严格执行制度，会计核算规范',
      G: 7,
    },
    16: { B: '项目实施', C: '绩效监控有效性', D: 2, E: '—', F: '持续有效', G: 2 },
    17: { C: '管理制度有效性', D: 6, E: '—', F: '严格执行相关管理制度', G: 6 },
    18: {
      A: '项目产出（30分）',
      B: '数量指标（10分）',
      C: '保障人数',
      D: 10,
      E: '2370人',
      F: '2370人',
      G: 10,
    },
    19: { C: '指标2：' },
    20: { B: '质量指标（5分）', C: '公用经费标准', D: 5, E: '符合相关文件要求', F: '符合相关文件要求', G: 5 },
    21: { C: '指标2：' },
    22: { B: '时效指标（5分）', C: '公用经费完成时间', D: 5, E: '2021年12月完成', F: '2021年12月完成', G: 4 },
    23: { C: '指标2：' },
    24: { B: '成本指标（10分）', C: '办公所需成本', D: 4, E: '15万元', F: '15万元', G: 4 },
    25: { C: '维修（维护）所需成本', D: 3, E: '35万元', F: '35万元', G: 3 },
    26: { C: '绿化、水电费等成本', D: 3, E: '14.8万元', F: '14.8万元', G: 3 },
    27: { A: '项目效益（35分）', B: '经济效益指标', C: '指标1：' },
    28: { C: '指标2：' },
    29: { B: '社会效益指标', C: '效果显著', D: 15, E: '改善学校的办学条件', F: '改善学校的办学条件', G: 13 },
    30: { C: '指标2：' },
    31: { B: '生态效益指标', C: '指标1：' },
    32: { C: '指标2：' },
    33: {
      B: '可持续影响指标',
      C: '使学生和老师有个更好的学习和工作环境，做到',
      D: 10,
      E: '社会认可的办学环境。',
      F: '社会认可的办学环境。',
      G: 8,
    },
    34: { C: '指标2：' },
    35: { B: '服务对象满意度指标（10分）', C: '学生和老师满意度', D: 10, E: '≥90%', F: '95%', G: 10 },
    36: { C: '指标2：' },
    37: { A: '总分', D: 100, G: 94 },
  },
  merges: [
    'A1:H1',
    'A2:H2',
    'B3:D3',
    'F3:H3',
    'B4:D4',
    'A5:A6',
    'F5:H5',
    'F6:H6',
    'A7:A8',
    'B7:D7',
    'E7:H7',
    'B8:D8',
    'E8:H8',
    'A10:A13',
    'B11:B13',
    'A14:A17',
    'B16:B17',
    'A18:A26',
    'B18:B19',
    'B20:B21',
    'B22:B23',
    'B24:B26',
    'A27:A36',
    'B27:B28',
    'B29:B30',
    'B31:B32',
    'B33:B34',
    'B35:B36',
    'A37:C37',
  ],
};
