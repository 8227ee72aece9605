/**
 * Red-team set 2: self-evaluation forms rebuilt by hand from real published forms (see README.md).
 * Each form is a grid written relative to A1 plus its merges; build.ts places it at an origin.
 * Values: string, number, null (empty), or { n, fmt } for a number with a display format.
 */

export type Cell = string | number | null | { n: number; fmt: string };

export interface Form {
  id: string;
  source: string;
  province: string;
  note: string;
  rows: Cell[][];
  /** merges relative to A1, e.g. 'A1:H1' */
  merges: string[];
}

const pct = (n: number, fmt = '0%'): Cell => ({ n, fmt });
const _ = null;

// ---------------------------------------------------------------------------------------------------------
// 1. Hebei, 廊坊市食品工程学校, 2019 (national template with the placeholder rows left in)
// ---------------------------------------------------------------------------------------------------------
const LF_URL = 'http://www.lfsp.cn/newsinfo/1158053.html';

function langfang(opts: {
  fundScore: number;
  rate: Cell;
  qtyScore: number;
  acceptActual: number;
  total: number;
  titled: boolean;
}): Form {
  const rows: Cell[][] = [
    ['项目支出绩效自评表', _, _, _, _, _, _, _],
    ['（2019年度)', _, _, _, _, _, _, _],
    ['项目名称', '办公宿舍楼、食堂及餐厅暖通改造经费', _, _, _, _, _, _],
    ['主管部门', '廊坊市发改委', _, '实施单位', '廊坊市食品工程学校', _, _, _],
    ['项目资金\n（万元）', _, '年初\n预算数', '全年\n预算数', '全年\n执行数', '分值', '执行率', '得分'],
    [_, '年度资金总额', 43.2, 43.2, 37.24, 10, opts.rate, opts.fundScore],
    [_, '其中：当年财政拨款', 43.2, 43.2, 37.24, _, _, _],
    [_, '      上年结转资金', _, _, _, _, _, _],
    [_, '  其他资金', _, _, _, _, _, _],
    ['年度总体目标', '预期目标', _, _, _, '实际完成情况', _, _],
    [_, 43.2, _, _, _, 37.24, _, _],
    [
      '一级指标',
      '二级指标',
      '三级指标',
      '年度\n指标值',
      '实际\n完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
    // 产出指标 (rows 13-24)
    [
      '产出指标',
      '数量指标',
      '指标1工程资金金额',
      43.2,
      37.24,
      10,
      opts.qtyScore,
      '已完工，剩余3%尾款未付，且最高限价低于预算金额。提高预算准确度。',
    ],
    [_, _, '指标2', _, _, _, _, _],
    [_, _, '……', _, _, _, _, _],
    [_, '质量指标', '指标1工程完工率', 100, 100, 10, 10, _],
    [_, _, '指标2工程验收合格率', 100, opts.acceptActual, 10, 10, _],
    [_, _, '……', _, _, _, _, _],
    [_, '时效指标', '指标1项目完成及时率', 100, 100, 10, 10, _],
    [_, _, '指标2', _, _, _, _, _],
    [_, _, '……', _, _, _, _, _],
    [_, '成本指标', '指标1成本控制率', 100, 100, 10, 10, _],
    [_, _, '指标2', _, _, _, _, _],
    [_, _, '……', _, _, _, _, _],
    // 效益指标 (rows 25-33)
    ['效益指标', '经济效益\n指标', '指标1安全率', 100, 100, 10, 10, '0'],
    [_, _, '指标2', _, _, _, _, _],
    [_, _, '……', _, _, _, _, _],
    [_, '社会效益\n指标', '指标1学校发展能力', 100, 100, 10, 10, '0'],
    [_, _, '指标2', _, _, _, _, _],
    [_, _, '……', _, _, _, _, _],
    [_, '生态效益\n指标', '指标1', _, _, _, _, _],
    [_, _, '指标2', _, _, _, _, _],
    [_, _, '……', _, _, _, _, _],
    // the published form repeats 效益指标 as a second merged 一级 cell (rows 34-36)
    ['效益指标', '可持续影响\n指标', '指标1长期使用性', 100, 100, 10, 10, _],
    [_, _, '指标2', _, _, _, _, _],
    [_, _, '……', _, _, _, _, _],
    ['满意度\n指标', '服务对象满意度指标', '指标1学生满意度', 100, 100, 10, 10, '0'],
    [_, _, '指标2', _, _, _, _, _],
    [_, _, '……', _, _, _, _, _],
    ['总分', _, _, _, _, 100, opts.total, _],
  ];
  const merges = [
    'A1:H1',
    'A2:H2',
    'B3:H3',
    'B4:C4',
    'E4:H4',
    'A5:A9',
    'A10:A11',
    'B10:E10',
    'F10:H10',
    'B11:E11',
    'F11:H11',
    'A13:A24',
    'B13:B15',
    'B16:B18',
    'B19:B21',
    'B22:B24',
    'A25:A33',
    'B25:B27',
    'B28:B30',
    'B31:B33',
    'A34:A36',
    'B34:B36',
    'A37:A39',
    'B37:B39',
    'A40:E40',
  ];
  if (opts.titled) return { id: 'langfang', source: LF_URL, province: '河北', note: '', rows, merges };
  return {
    id: 'langfang',
    source: LF_URL,
    province: '河北',
    note: 'untitled',
    rows: rows.slice(2),
    merges: merges.filter((m) => !m.startsWith('A1:') && !m.startsWith('A2:')).map((m) => shiftRef(m, -2, 0)),
  };
}

/** As published: funds score 9 where 10 × 86.2% = 8.62; 数量 indicator 9 of 10 (rule allows 8.62). */
export const LF_PUBLISHED = langfang({
  fundScore: 9,
  rate: pct(0.86),
  qtyScore: 9,
  acceptActual: 100,
  total: 98,
  titled: true,
});
/** Clean: funds score 8.62, 数量 score 8.62, total 97.24. */
export const LF_CLEAN = langfang({
  fundScore: 8.62,
  rate: pct(0.86),
  qtyScore: 8.62,
  acceptActual: 100,
  total: 97.24,
  titled: true,
});
/** Planted: 执行率 shown 95% (37.24 / 43.2 = 86.2%). */
export const LF_RATE = langfang({
  fundScore: 8.62,
  rate: pct(0.95),
  qtyScore: 8.62,
  acceptActual: 100,
  total: 97.24,
  titled: true,
});
/** Planted, untitled: 工程验收合格率 95 against 100, full 10 points, no reason. */
export const LF_REASON_UNTITLED = langfang({
  fundScore: 8.62,
  rate: pct(0.86),
  qtyScore: 8.62,
  acceptActual: 95,
  total: 97.24,
  titled: false,
});

// ---------------------------------------------------------------------------------------------------------
// 2. Hunan, 衡山县贯塘乡人民政府, 2023 部门整体支出绩效自评表 (national columns, department)
// ---------------------------------------------------------------------------------------------------------
const HS_URL = 'http://www.hengshan.gov.cn/xzxxgk/gtx/fdzdgknr/czxx/20240914/i3455515.html';

/** 附件一: the basic-data table printed above the self-evaluation (not a region). */
const HS_BASIC: { rows: Cell[][]; merges: string[] } = {
  rows: [
    ['附件一', _, _, _, _, _, _, _],
    ['2023年度部门整体支出绩效评价基础数据表', _, _, _, _, _, _, _],
    ['财政供养人员情况（人）', _, '编制数', '2023 年实际在职人数', '控制率', _, _, _],
    [_, _, 46, 50, pct(1.087, '0.00%'), _, _, _],
    ['经费控制情况（万元）', _, '2022 年决算数', '2023 年预算数', '2023 年决算数', _, _, _],
    ['三公经费：', _, 0, 0, 0, _, _, _],
    ['项目支出：', _, 874.2, 308.17, 1025.2, _, _, _],
    ['公用经费', _, 118.31, 85.76, 193.42, _, _, _],
    ['其中：办公经费', _, 29.35, 27.0, 49.09, _, _, _],
    [_, _, _, _, _, _, _, _],
    ['附件二', _, _, _, _, _, _, _],
  ],
  merges: ['A2:H2', 'A3:B4', 'A5:B5', 'A6:B6', 'A7:B7', 'A8:B8', 'A9:B9'],
};

function hengshan(opts: { actual: number; total: number; withBasic: boolean }): Form {
  const form: Cell[][] = [
    ['2023年度部门整体支出绩效自评表', _, _, _, _, _, _, _],
    ['预算部门、单位名称', _, '衡山县贯塘乡人民政府', _, _, _, _, _],
    ['年度预算申请\n（万元）', _, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '自评得分'],
    [_, '年度资金总额', 861.1, 2030.12, opts.actual, 10, pct(1), 10],
    [_, '按收入性质分：2030.12', _, _, '按支出性质分：1925.67', _, _, _],
    [_, '其中： 一般公共预算：1325.68', _, _, '其中：基本支出：900.47', _, _, _],
    [_, '政府性基金拨款：118.82', _, _, '项目支出：1025.20', _, _, _],
    [_, '纳入专户管理的非税收入拨款：', _, _, _, _, _, _],
    [_, '其他资金：585.62', _, _, _, _, _, _],
    ['年度总体目标', '预期目标', _, _, _, '实际完成情况', _, _],
    [
      _,
      '搞好政府各职能部门完成的工作任务监督，服务市场主体和营造发展环境。',
      _,
      _,
      _,
      '完成年度各项工作任务。',
      _,
      _,
    ],
    [
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
    ['产出指标', '数量指标', '完成年度重点工作任务', '≥95%', '100%', 15, 15, _],
    [_, _, '三公经费支出', '=0', '0', 10, 10, _],
    [_, '质量指标', '资金使用合规率', '100%', '100%', 15, 15, _],
    [_, '时效指标', '资金支付及时率', '≥90%', '100%', 10, 10, _],
    ['效益指标', '社会效益指标', '乡村振兴各项任务推进', '有效推进', '有效推进', 15, 15, _],
    [_, '可持续影响指标', '基层治理长效机制', '逐步完善', '逐步完善', 15, 15, _],
    ['满意度指标', '服务对象满意度指标', '辖区群众满意度', '≥90%', '95%', 10, 10, _],
    ['总分', _, _, _, _, 100, opts.total, _],
  ];
  const merges = [
    'A1:H1',
    'A2:B2',
    'C2:H2',
    'A3:A9',
    'B5:D5',
    'E5:H5',
    'B6:D6',
    'E6:H6',
    'B7:D7',
    'E7:H7',
    'B8:D8',
    'E8:H8',
    'B9:D9',
    'E9:H9',
    'A10:A11',
    'B10:E10',
    'F10:H10',
    'B11:E11',
    'F11:H11',
    'A13:A16',
    'B13:B14',
    'A17:A18',
    'A20:E20',
  ];
  if (!opts.withBasic)
    return { id: 'hengshan', source: HS_URL, province: '湖南', note: '', rows: form, merges };
  const off = HS_BASIC.rows.length;
  return {
    id: 'hengshan',
    source: HS_URL,
    province: '湖南',
    note: 'with 基础数据表 above',
    rows: [...HS_BASIC.rows, ...form],
    merges: [...HS_BASIC.merges, ...merges.map((m) => shiftRef(m, off, 0))],
  };
}

/** As published (indicator rows reconstructed, see README): no finding. Form at A12:H31. */
export const HS_PUBLISHED = hengshan({ actual: 2030.12, total: 100, withBasic: true });
/** Planted: 全年执行数 1925.67 (the 支出 subtotal) while 执行率 100% and 自评得分 10 stay. */
export const HS_RATE = hengshan({ actual: 1925.67, total: 100, withBasic: true });
/** Planted, form alone at A1: 总分 得分 98 where 10 + 90 = 100. */
export const HS_TOTAL = hengshan({ actual: 2030.12, total: 98, withBasic: false });

// ---------------------------------------------------------------------------------------------------------
// 3. Hubei, 通城县塘湖镇人民政府 整体绩效自评表 (wuhan-style department form; no title in the published page)
// ---------------------------------------------------------------------------------------------------------
const TH_URL =
  'http://www.zgtc.gov.cn/xxgk/dfbmptlj/xzxxgkpt/thz/fdzdgknr_22529/czzj_22533/202108/t20210825_2381407.shtml';

function tanghu(opts: { executed: number | null; satisfaction: string }): Form {
  const rows: Cell[][] = [
    ['单位名称：塘湖镇政府                填报日期：2021.5.18', _, _, _, _, _, _],
    ['单位名称', '塘湖镇人民政府', _, _, _, _, _],
    ['基本支出总额', '864.2万', _, '项目支出总额', _, 0, _],
    [
      '预算执行情况（万元）\n（20分）',
      '预算数（A）',
      _,
      '执行数（B）',
      _,
      '执行率（B/A）',
      '得分\n（20分*执行率）',
    ],
    ['部门整体支出总额', 864.2, _, opts.executed, _, pct(1), 20],
    ['年度目标1：（80分）', '增强政府工作效率、改善乡镇居住环境', _, _, _, _, _],
    ['年度绩效指标', '一级指标', '二级指标', '三级指标', '年初目标值（A）', '实际完成值（B）', '得分'],
    [_, '产出指标', '数量指标', '办结信访案件', '168起', '168起', 10],
    [_, _, '数量指标', '拆除活人墓、豪华墓', '32座', '32座', 20],
    [_, _, '日效性指标', '解决群众问题时间', '2天以内', '2天以内', 10],
    [_, '效益指标', '社会效益指标', '改善人居环境', '有效改善', '有效改善', 10],
    [_, _, '社会效益指标', '提升出行效率', '有效提升', '有效提升', 10],
    [_, '满意度指标', '群众满意度\n指标', '群众对政府工作满意度', '≧90%', opts.satisfaction, 20],
    ['总分', '100分', _, _, _, _, _],
    ['偏差大或\n目标未完成\n原因分析', '无', _, _, _, _, _],
    ['改进措施及\n结果应用方案', '无', _, _, _, _, _],
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
    'B2:G2',
    'B3:C3',
    'D3:E3',
    'F3:G3',
    'B4:C4',
    'D4:E4',
    'B5:C5',
    'D5:E5',
    'B6:G6',
    'A7:A13',
    'B8:B10',
    'B11:B12',
    'B14:G14',
    'B15:G15',
    'B16:G16',
    'A17:G17',
  ];
  return { id: 'tanghu', source: TH_URL, province: '湖北', note: 'untitled', rows, merges };
}

/** As published: 执行数（B） left empty under a 100% rate and 20 points. */
export const TH_PUBLISHED = tanghu({ executed: null, satisfaction: '95%' });
/** Planted: 满意度 85% against ≧90%, closing 原因分析 left 无. */
export const TH_REASON = tanghu({ executed: 864.2, satisfaction: '85%' });

// ---------------------------------------------------------------------------------------------------------
// 4. Hubei, 黄冈市水土保持与农田水利科研所 2020年度水土保持监测项目绩效自评表 (wuhan-style project, two goals)
// ---------------------------------------------------------------------------------------------------------
const HG_SOURCE =
  'pages corpus excerpt "2020年度水土保持监测项目绩效自评表 单位名称：黄冈市水土保持与农田水利科研所" (the index gave no URL); ' +
  '万 amounts from http://bubsandbeans.com/paper/218226069.html (黄冈市档案馆2020年度项目绩效自评表)';

function huanggang(opts: {
  budget: Cell;
  executed: Cell;
  rate: Cell;
  fundScore: number;
  reviewScore: number;
  total: number;
}): Form {
  const rows: Cell[][] = [
    ['2020年度水土保持监测项目绩效自评表', _, _, _, _, _, _],
    ['单位名称：黄冈市水土保持与农田水利科研所            填报日期：2021年3月10日', _, _, _, _, _, _],
    ['项目名称', '水土保持监测', _, '主管部门', '黄冈市水利和湖泊局', _, _],
    ['项目实施单位', '本单位', _, '项目类别', '1、上级专项  2、本级专项', _, _],
    [
      '项目属性',
      '1、持续性项目  2、新增性项目',
      _,
      '项目类型',
      '1、常年性项目 2、延续性项目 3、一次性项目',
      _,
      _,
    ],
    [
      '预算执行情况（万元）（20分）',
      '预算数（A）',
      _,
      '执行数（B）',
      '执行率（B/A）',
      '得分（20分*执行率）',
      _,
    ],
    ['年度财政资金总额', opts.budget, _, opts.executed, opts.rate, opts.fundScore, _],
    [
      '年度绩效目标1\n（40分）',
      '一级指标',
      '二级指标',
      '三级指标',
      '年初目标值（A）',
      '实际完成值（B）',
      '得分',
    ],
    [_, '产出指标', '质量指标', '监测数据必须合格', '100%', '100%', 10],
    [_, _, '进度指标', '取得2018-2022监测资料', '100%', '100%', 10],
    [_, '效益指标', _, _, _, _, _],
    [_, '满意度指标', '服务对象满意度指标', '整编资料审核', '98%', '98%', opts.reviewScore],
    [
      '年度绩效目标2\n（40分）',
      '一级指标',
      '二级指标',
      '三级指标',
      '年初目标值（A）',
      '实际完成值（B）',
      '得分',
    ],
    [_, '产出指标', '质量指标', '监测数据资料整编', '100%', '100%', 20],
    [_, _, '进度指标', '完成年度资料上报', '100%', '100%', 20],
    [_, '效益指标', '社会效益指标', _, _, _, _],
    [_, '满意度指标', '服务对象满意度指标', _, _, _, _],
    ['总分', opts.total, _, _, _, _, _],
    ['偏差大或目标未完成原因分析', _, _, _, _, _, _],
    ['改进措施及结果应用方案', _, _, _, _, _, _],
    ['备注：1.预算执行情况口径：预算数为调整后财政资金总额（包括上年结余结转）。', _, _, _, _, _, _],
  ];
  const merges = [
    'A1:G1',
    'A2:G2',
    'B3:C3',
    'E3:G3',
    'B4:C4',
    'E4:G4',
    'B5:C5',
    'E5:G5',
    'B6:C6',
    'F6:G6',
    'B7:C7',
    'F7:G7',
    'A8:A12',
    'B9:B10',
    'A13:A17',
    'B14:B15',
    'B18:G18',
    'B19:G19',
    'B20:G20',
    'A21:G21',
  ];
  return { id: 'huanggang', source: HG_SOURCE, province: '湖北', note: '', rows, merges };
}

/** As published: 整编资料审核 98% of 98% scored 19.6; goal 1 (40分) scores 39.6; 原因分析 empty. */
export const HG_PUBLISHED = huanggang({
  budget: 10,
  executed: 10,
  rate: pct(1),
  fundScore: 20,
  reviewScore: 19.6,
  total: 99.6,
});
/** Clean: full scores, total 100. */
export const HG_CLEAN = huanggang({
  budget: 10,
  executed: 10,
  rate: pct(1),
  fundScore: 20,
  reviewScore: 20,
  total: 100,
});
/** Variant from 黄冈市档案馆: amounts typed as `10万` / `9.5万` text; 95% → 19 points; total 99 (consistent). */
export const HG_WAN = huanggang({
  budget: '10万',
  executed: '9.5万',
  rate: pct(0.95),
  fundScore: 19,
  reviewScore: 20,
  total: 99,
});

// ---------------------------------------------------------------------------------------------------------

/** Moves an A1 range by rows/columns. */
export function shiftRef(ref: string, dRow: number, dCol: number): string {
  return ref
    .split(':')
    .map((part) => {
      const m = /^([A-Z]+)(\d+)$/.exec(part);
      if (!m) throw new Error(`bad ref ${part}`);
      return colName(colIndex(m[1]) + dCol) + String(Number(m[2]) + dRow);
    })
    .join(':');
}

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
