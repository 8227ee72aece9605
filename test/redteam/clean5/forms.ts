/** The clean forms: every number consistent, every shortfall explained, every score within DOMAIN §9. */
import { Cell, Grid, Kind, round2 } from './grid';
import { funds, Ind, IRole, national, NatOpts, STD_COLS } from './national';

export interface SheetSpec {
  name: string;
  grid: Grid;
}

export interface Case {
  id: string;
  what: string;
  sheets: SheetSpec[];
  /** numbers typed as text in cells a formula reads: a `number-as-text` info is DOMAIN-conformant there */
  textNumbers?: boolean;
}

const P = '产出指标';
const E = '效益指标';
const S = '满意度指标';
const SAT = '服务对象满意度指标';

/** All met; 90 points (funds 10 make 100). */
export function stdInds(): Ind[] {
  return [
    { l1: P, l2: '数量指标', l3: '开展平安建设培训场次', t: '≥12场', a: '12场', p: 10, s: 10 },
    { l1: P, l2: '数量指标', l3: '覆盖社区数量', t: '26个', a: '26个', p: 10, s: 10 },
    { l1: P, l2: '质量指标', l3: '培训考核合格率', t: '≥95%', a: '97%', p: 10, s: 10 },
    { l1: P, l2: '时效指标', l3: '项目完成时间', t: '12月31日前', a: '12月20日', p: 10, s: 10 },
    { l1: P, l2: '成本指标', l3: '人均培训成本', t: '≤500元', a: '480元', p: 10, s: 10 },
    { l1: E, l2: '社会效益指标', l3: '群众安全感', t: '逐步提高', a: '有所提高', p: 15, s: 15 },
    { l1: E, l2: '可持续影响指标', l3: '综治长效机制', t: '建立', a: '已建立', p: 15, s: 15 },
    { l1: S, l2: SAT, l3: '群众满意度', t: '≥90%', a: '93%', p: 10, s: 10 },
  ];
}

const R1 = '受疫情影响部分培训改为线上，参训人次减少；下年度提前制定计划，加强组织动员。';
const R2 = '部分案件情况复杂需补充材料，办理时间延长；下一步优化流程、加强人员配备。';
const R3 = '年底集中验收，部分社区结算延后；今后提前安排验收进度。';
const R4 = '个别群众对活动频次不满意；下年度增加活动场次、加强宣传。';
const R5 = '物价上涨导致设备采购成本超出预期；今后加强成本测算和比价采购。';
const R6 = '长效机制尚在试运行，制度未全部印发；下年度完善制度并全面推行。';

/** Shortfalls, each explained and scored within §9 (both the template's and the linear negative rule). */
export function shortInds(): Ind[] {
  return [
    // 10 × 950 / 1000 = 9.5
    { l1: P, l2: '数量指标', l3: '培训人次', t: '≥1000人次', a: '950人次', p: 10, s: 9.5, why: R1 },
    { l1: P, l2: '数量指标', l3: '覆盖社区数量', t: '26个', a: '26个', p: 10, s: 10 },
    // template 10 × 15 / 20 = 7.5; linear 10 × (1 − 5/15) = 6.67; 6.5 is below both
    {
      l1: P,
      l2: '质量指标',
      l3: '矛盾纠纷办结时限',
      t: '≤15个工作日',
      a: '20个工作日',
      p: 10,
      s: 6.5,
      why: R2,
    },
    {
      l1: P,
      l2: '时效指标',
      l3: '项目验收完成时间',
      t: '12月31日前',
      a: '次年1月15日',
      p: 10,
      s: 8,
      why: R3,
    },
    // cost: 10 × 50 / 52 = 9.62; linear 10 × (1 − 2/50) = 9.6
    { l1: P, l2: '成本指标', l3: '设备采购成本', t: '≤50万元', a: '52万元', p: 10, s: 9.5, why: R5 },
    { l1: E, l2: '社会效益指标', l3: '群众安全感', t: '逐步提高', a: '有所提高', p: 15, s: 15 },
    { l1: E, l2: '可持续影响指标', l3: '综治长效机制', t: '建立', a: '初步建立', p: 15, s: 12, why: R6 },
    // 10 × 88 / 90 = 9.78
    { l1: S, l2: SAT, l3: '群众满意度', t: '≥90%', a: '88%', p: 10, s: 9.5, why: R4 },
  ];
}

const std = (extra: Partial<NatOpts> = {}): Grid =>
  national({
    title: '项目支出绩效自评表',
    year: '（2021年度）',
    funds: funds({ budget: 100, exec: 100, subs: subs3(100, 100) }),
    inds: stdInds(),
    ...extra,
  }).grid;

function subs3(b: number, e: number): [string, number | null, number | null][] {
  return [
    ['其中：当年财政拨款', b, e],
    ['上年结转资金', 0, 0],
    ['其他资金', 0, 0],
  ];
}

const one = (id: string, what: string, grid: Grid, extra: Partial<Case> = {}): Case => ({
  id,
  what,
  sheets: [{ name: 'Sheet1', grid }],
  ...extra,
});

function withCols(cols: [IRole, string][], inds: Ind[] = stdInds()): Partial<NatOpts> {
  return { cols, inds };
}

// ---------------------------------------------------------------- hubei2019
function hubei(): Grid {
  const g = new Grid();
  const W = 8;
  const t = g.row(['项目支出绩效自评表']);
  g.merge(t, 0, t, W - 1);
  const y = g.row(['（2019年度）']);
  g.merge(y, 0, y, W - 1);
  // funds 20 × 117.6/120 = 19.6; goal 20; indicators 59 → 98.6, 优
  g.row(['自评时间：2020年5月', null, null, '自评等次：', '优', null, '自评得分：', 98.6]);
  let r = g.row(['项目名称', '机关综合工作经费']);
  g.merge(r, 1, r, W - 1);
  r = g.row(['合并明细项目', '机关综合工作、办公设备更新购置、法治建设']);
  g.merge(r, 1, r, W - 1);
  r = g.row(['主管部门', 'XX区委政法委员会', null, null, '实施单位', 'XX区委政法委员会']);
  g.merge(r, 1, r, 3);
  g.merge(r, 5, r, W - 1);
  const fh = g.row([
    '项目资金（20分）',
    null,
    null,
    '全年预算数（A）',
    '全年执行数（B）',
    '预算执行率（B/A)',
    '自评分',
  ]);
  g.merge(fh, 1, fh, 2);
  g.merge(fh, 6, fh, 7);
  const subs: [string, Cell, Cell, Cell][] = [
    ['年度资金总额：', 120, 117.6, { v: 0.98, fmt: '0.0%' }],
    ['其中：中央补助', null, null, null],
    ['省补助', null, null, null],
    ['市补助', null, null, null],
    ['国债资金', null, null, null],
    ['区级预算资金', 120, 117.6, { v: 0.98, fmt: '0.0%' }],
    ['其他资金', null, null, null],
  ];
  const f0 = g.height;
  for (const [label, a, b, c] of subs) {
    r = g.row([null, label, null, a, b, c]);
    g.merge(r, 1, r, 2);
  }
  g.set(f0, 6, 19.6);
  g.merge(f0, 6, g.height - 1, 7);
  g.merge(fh, 0, g.height - 1, 0);
  const gh = g.row([
    '项目绩效总目标（20分）',
    '年初设定目标',
    null,
    null,
    '全年实际完成情况',
    null,
    null,
    '自评分',
  ]);
  g.merge(gh, 1, gh, 3);
  g.merge(gh, 4, gh, 6);
  r = g.row([
    null,
    '保障机关正常运转，推进法治建设。',
    null,
    null,
    '机关运转正常，法治建设有序推进。',
    null,
    null,
    20,
  ]);
  g.merge(r, 1, r, 3);
  g.merge(r, 4, r, 6);
  g.merge(gh, 0, r, 0);
  const ih = g.row([
    '绩效指标（60分）',
    '一级指标',
    '二级指标',
    '指标内容',
    '年度目标值',
    '全年完成值',
    '未完成原因和改进措施',
    '自评分',
  ]);
  const rows: Cell[][] = [
    ['产出指标', '数量指标', '党建教育活动次数', '12次', '12次', null],
    [
      '产出指标',
      '数量指标',
      '法治宣传活动次数',
      '6次',
      '5次',
      '一次活动因场地原因取消，下年度提前预订场地。',
    ],
    ['产出指标', '质量指标', '司法救助执行率', '100%', '100%', null],
    ['产出指标', '成本指标', '办公设备购置成本', '≤30万元', '28.5万元', null],
    ['效益指标', '社会效益指标', '相关单位协调满意度', '≥95%', '98%', null],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '95%', null],
  ];
  const i0 = g.height;
  for (const x of rows) g.row([null, ...x]);
  g.set(i0, 7, 59);
  g.merge(i0, 7, g.height - 1, 7);
  g.merge(i0, 1, i0 + 3, 1);
  g.merge(i0, 2, i0 + 1, 2);
  for (let k = 1; k < 4; k++) g.set(i0 + k, 1, null);
  g.set(i0 + 1, 2, null);
  g.merge(ih, 0, g.height - 1, 0);
  r = g.row(['说明', '无']);
  g.merge(r, 1, r, W - 1);
  g.regions.push({ kind: 'project', r1: 0, c1: 0, r2: r, c2: W - 1 });
  return g;
}

// ---------------------------------------------------------------- wuhan2020 project
function wuhanProject(): Grid {
  const g = new Grid();
  const W = 7;
  const t = g.row(['2020年度一般公共服务支出项目自评表']);
  g.merge(t, 0, t, W - 1);
  // funds 20 × 190/200 = 19; goal 20; indicators 59.5 → 98.5
  g.row(['单位名称：XX区XX街道办事处', null, null, '填报日期：2021年2月25日', null, '自评得分：', 98.5]);
  let r = g.row(['项目名称', null, '一般公共服务支出']);
  g.merge(r, 0, r, 1);
  g.merge(r, 2, r, W - 1);
  r = g.row(['主管部门', null, 'XX街道办事处', null, '项目实施单位', 'XX街道党政办公室']);
  g.merge(r, 0, r, 1);
  g.merge(r, 2, r, 3);
  g.merge(r, 5, r, W - 1);
  r = g.row([
    '预算执行情况（万元）（20分）',
    null,
    '预算数（A）',
    '执行数（B）',
    '执行率（B/A）',
    '得分（20分*执行率）',
  ]);
  g.merge(r, 0, r, 1);
  g.merge(r, 5, r, W - 1);
  r = g.row([null, '年度财政资金总额', 200, 190, { v: 0.95, fmt: '0.0%' }, 19]);
  g.merge(r, 5, r, W - 1);
  const gh = g.row(['项目绩效总目标（20分）', '年初设定目标', null, null, '全年实际完成情况', null, '得分']);
  g.merge(gh, 1, gh, 3);
  g.merge(gh, 4, gh, 5);
  r = g.row([
    null,
    '保障机关运行，开展统计、普法和民兵工作。',
    null,
    null,
    '机关运行正常，各项工作按计划完成。',
    null,
    20,
  ]);
  g.merge(r, 1, r, 3);
  g.merge(r, 4, r, 5);
  g.merge(gh, 0, r, 0);
  const ih = g.row([
    '项目年度绩效指标（60分）',
    '一级指标',
    '二级指标',
    '指标名称',
    '年初目标值（A）',
    '实际完成值（B）',
    '得分',
  ]);
  const inds: Cell[][] = [
    ['产出指标（30分）', '数量指标1（10分）', '普法宣传活动', '4场', '4场', 10],
    [null, '数量指标2（10分）', '民兵训练人数', '15人', '15人', 10],
    [null, '质量指标1（5分）', '统计工作培训达标率', '95%', '95%', 5],
    // 5 × 90 / 100 = 4.5
    [null, '时效指标1（5分）', '资料报送及时率', '100%', '90%', 4.5],
    ['效益指标（20分）', '社会效益指标1（10分）', '社会矛盾化解', '逐步解决', '逐步解决', 10],
    [null, '可持续影响指标1（10分）', '长效管理机制', '逐步提升', '逐步提升', 10],
    ['满意度指标（10分）', '服务对象满意度指标1（10分）', '居民满意度', '90%', '92%', 10],
  ];
  const i0 = g.height;
  for (const x of inds) g.row([null, ...x]);
  g.merge(i0, 1, i0 + 3, 1);
  g.merge(i0 + 4, 1, i0 + 5, 1);
  g.merge(ih, 0, g.height - 1, 0);
  r = g.row([
    '偏差大或目标未完成原因分析',
    null,
    '部分社区资料报送滞后，资料报送及时率未达到100%；下一步建立报送台账，按月督办。',
  ]);
  g.merge(r, 0, r, 1);
  g.merge(r, 2, r, W - 1);
  r = g.row(['改进措施及结果应用方案', null, '加强资料报送管理，将考核结果与下年度预算安排挂钩。']);
  g.merge(r, 0, r, 1);
  g.merge(r, 2, r, W - 1);
  g.regions.push({ kind: 'project', r1: 0, c1: 0, r2: r, c2: W - 1 });
  return g;
}

// ---------------------------------------------------------------- wuhan2020 department
function wuhanDept(): Grid {
  const g = new Grid();
  const W = 7;
  const t = g.row(['2020年度XX街道办事处整体绩效自评表']);
  g.merge(t, 0, t, W - 1);
  // funds 20 × 3960/4000 = 19.8; goal1 40 (39.5); goal2 40 (40) → 99.3
  g.row(['填报日期：2021年2月25日', null, null, null, '总分：', 99.3]);
  let r = g.row(['单位名称', null, 'XX区人民政府XX街道办事处']);
  g.merge(r, 0, r, 1);
  g.merge(r, 2, r, W - 1);
  r = g.row(['基本支出总额', null, '1500.00万元', null, '项目支出总额', '2500.00万元']);
  g.merge(r, 0, r, 1);
  g.merge(r, 2, r, 3);
  g.merge(r, 5, r, W - 1);
  r = g.row([
    '预算执行情况（万元）（20分）',
    null,
    '预算数（A）',
    '执行数（B）',
    '执行率（B/A）',
    '得分（20分*执行率）',
  ]);
  g.merge(r, 0, r, 1);
  g.merge(r, 5, r, W - 1);
  r = g.row([null, '部门整体支出总额', 4000, 3960, { v: 0.99, fmt: '0.00%' }, 19.8]);
  g.merge(r, 5, r, W - 1);
  const goal = (label: string, inds: Cell[][], runs: [number, number][]) => {
    const gr = g.row([label]);
    g.merge(gr, 0, gr, W - 1);
    const hh = g.row([
      '年度绩效指标',
      '一级指标',
      '二级指标',
      '指标名称',
      '年初目标值',
      '实际完成值',
      '得分',
    ]);
    const i0 = g.height;
    for (const x of inds) g.row([null, ...x]);
    for (const [a, b] of runs) g.merge(i0 + a, 1, i0 + b, 1);
    g.merge(hh, 0, g.height - 1, 0);
  };
  goal(
    '年度目标1（40分）：开展信访维稳、统计、普法和民兵工作，保障机关运行。',
    [
      ['产出指标（20分）', '数量指标1（5分）', '普法宣传活动', '2场', '2场', 5],
      [null, '数量指标2（5分）', '民兵训练人数', '15人', '15人', 5],
      // 5 × 90 / 100 = 4.5
      [null, '质量指标1（5分）', '网格人员到岗率', '100%', '90%', 4.5],
      [null, '时效指标1（5分）', '完成及时率', '100%', '100%', 5],
      ['效益指标（15分）', '社会效益指标1（10分）', '社会矛盾化解', '逐步解决', '逐步解决', 10],
      [null, '可持续影响指标1（5分）', '长效管理机制', '逐步提升', '逐步提升', 5],
      ['满意度指标（5分）', '服务对象满意度指标1（5分）', '居民满意度', '90%', '95%', 5],
    ],
    [
      [0, 3],
      [4, 5],
    ],
  );
  goal(
    '年度目标2（40分）：推进城市管理和环境整治。',
    [
      ['产出指标（20分）', '数量指标1（10分）', '背街小巷整治条数', '20条', '22条', 10],
      [null, '质量指标1（10分）', '环境整改达标率', '≥95%', '96%', 10],
      ['效益指标（10分）', '生态效益指标1（10分）', '辖区环境', '逐步优化', '逐步优化', 10],
      ['满意度指标（10分）', '服务对象满意度指标1（10分）', '居民满意度', '≥90%', '93%', 10],
    ],
    [[0, 1]],
  );
  r = g.row([
    '偏差大或目标未完成原因分析',
    null,
    '个别网格员岗位调整期间空缺，到岗率未达到100%；已补充招聘并建立顶岗机制。',
  ]);
  g.merge(r, 0, r, 1);
  g.merge(r, 2, r, W - 1);
  r = g.row(['改进措施及结果应用方案', null, '完善网格员管理办法，将考核结果与经费安排挂钩。']);
  g.merge(r, 0, r, 1);
  g.merge(r, 2, r, W - 1);
  g.regions.push({ kind: 'department', r1: 0, c1: 0, r2: r, c2: W - 1 });
  return g;
}

// ---------------------------------------------------------------- decoys
function budgetSummary(): Grid {
  const g = new Grid();
  const t = g.row(['2021年部门收支预算总表']);
  g.merge(t, 0, t, 4);
  g.row([null, null, null, null, '单位：万元']);
  g.row(['收入项目', '预算数', '支出项目', '预算数', '备注']);
  g.row(['一般公共预算拨款', 1200, '一般公共服务支出', 800, null]);
  g.row(['上年结转', 100, '公共安全支出', 500, null]);
  g.row(['收入合计', 1300, '支出合计', 1300, null]);
  return g;
}

function catalogue(): Grid {
  const g = new Grid();
  const t = g.row(['项目支出绩效指标库（参考）']);
  g.merge(t, 0, t, 4);
  g.row(['一级指标', '二级指标', '三级指标', '指标解释', '评分标准']);
  g.row(['产出指标', '数量指标', '培训场次', '全年开展培训的场次', '完成得满分，未完成按比例扣分']);
  g.row([null, '质量指标', '培训合格率', '考核合格人数/参训人数', '达到目标值得满分']);
  g.row(['效益指标', '社会效益指标', '群众安全感', '群众安全感调查结果', '逐步提高得满分']);
  g.row(['满意度指标', '服务对象满意度指标', '群众满意度', '满意度调查结果', '≥90%得满分']);
  return g;
}

function sheetOf(parts: [Grid, number, number][]): Grid {
  const g = new Grid();
  for (const [p, r, c] of parts) g.paste(p, r, c);
  return g;
}

// ---------------------------------------------------------------- the cases
export function cases(): Case[] {
  const list: Case[] = [];
  const add = (c: Case) => list.push(c);

  add(
    one(
      'c01-baseline',
      '002-style national form, title + year + 单位：万元, rate as 0.00% number',
      std({ unitLine: true }),
    ),
  );

  {
    // 1,343.08 → 1,329.60: rate 0.98998 → 99.00%, score 9.90
    const f = funds({
      budget: 1343.08,
      exec: 1329.6,
      rateMode: 'text',
      money: (n) => `${n.toLocaleString('en-US', { minimumFractionDigits: 2 })}万元`,
      scoreCell: (n) => `${n.toFixed(2)}分`,
      subs: subs3(1343.08, 1329.6),
    });
    const inds = stdInds().map((x) => ({ ...x, sCell: `${(x.s as number).toFixed(2)}分` }));
    add(
      one(
        'c02-text-units',
        'money typed `1,343.08万元`, rate `99.00%` as text, scores `10.00分`, total `99.90分`',
        std({ funds: f, inds, totalScoreCell: (n) => `${n.toFixed(2)}分` }),
        { textNumbers: true },
      ),
    );
  }

  add(
    one(
      'c03-rate-bare',
      '执行率 typed as 95 (meaning 95 %), 200 → 190, score 9.5',
      std({ funds: funds({ budget: 200, exec: 190, rateMode: 'bare', subs: subs3(200, 190) }) }),
    ),
  );

  add(
    one(
      'c04-points-first',
      '分值 before 年度指标值; funds without 年初预算数 and 执行率 before 分值',
      std({
        funds: funds({
          budget: 80,
          exec: 76,
          order: ['budget', 'exec', 'rate', 'p', 's'],
          subs: subs3(80, 76),
        }),
        ...withCols([
          ['l1', '一级指标'],
          ['l2', '二级指标'],
          ['l3', '三级指标'],
          ['p', '分值'],
          ['t', '年度指标值'],
          ['a', '实际完成值'],
          ['s', '得分'],
          ['why', '偏差原因分析及改进措施'],
        ]),
      }),
    ),
  );

  add(
    one(
      'c05-score-before-actual',
      '得分 before 实际完成值, shortfalls explained',
      std({
        ...withCols(
          [
            ['l1', '一级指标'],
            ['l2', '二级指标'],
            ['l3', '三级指标'],
            ['t', '年度指标值'],
            ['p', '分值'],
            ['s', '得分'],
            ['a', '实际完成值'],
            ['why', '偏差原因分析及改进措施'],
          ],
          shortInds(),
        ),
      }),
    ),
  );

  {
    const inds = stdInds().map((x) => ({
      ...x,
      ex: {
        指标解释: `${x.l3}的年度完成情况`,
        评分标准: '达到目标值得满分，未达到按比例得分',
        数据来源: '项目台账',
        备注: '',
      },
    }));
    add(
      one(
        'c06-extra-columns',
        'extra columns 指标解释 / 评分标准 between, 数据来源 and 备注 after the reason',
        std({
          cols: [
            ['l1', '一级指标'],
            ['l2', '二级指标'],
            ['l3', '三级指标'],
            ['x:指标解释', '指标解释'],
            ['x:评分标准', '评分标准'],
            ['t', '年度指标值'],
            ['a', '实际完成值'],
            ['p', '分值'],
            ['s', '得分'],
            ['why', '偏差原因分析及改进措施'],
            ['x:数据来源', '数据来源'],
            ['x:备注', '备注'],
          ],
          inds,
        }),
      ),
    );
  }

  add(
    one(
      'c07-synonyms-a',
      '预算数 / 执行数 / 执行率（B/A）/ 权重 / 自评得分; 指标值 / 完成值 / 权重 / 自评得分 / 未完成原因分析; total 合计',
      std({
        funds: funds({
          budget: 60,
          exec: 57,
          order: ['budget', 'exec', 'rate', 'p', 's'],
          hdr: { budget: '预算数', exec: '执行数', rate: '执行率（B/A）', p: '权重', s: '自评得分' },
          subs: subs3(60, 57),
        }),
        totalLabel: '合计',
        ...withCols(
          [
            ['l1', '一级指标'],
            ['l2', '二级指标'],
            ['l3', '三级指标'],
            ['t', '指标值'],
            ['a', '完成值'],
            ['p', '权重'],
            ['s', '自评得分'],
            ['why', '未完成原因分析'],
          ],
          shortInds(),
        ),
      }),
    ),
  );

  add(
    one(
      'c08-synonyms-b',
      '年初预算 / 全年预算数（A）/ 全年执行数（B）; 年初目标值 / 全年实际值 / 指标分值 / 指标得分 / 偏差原因; total 自评得分',
      std({
        funds: funds({
          budget: 150,
          exec: 150,
          init: 140,
          hdr: {
            init: '年初预算',
            budget: '全年预算数（A）',
            exec: '全年执行数（B）',
            rate: '执行率（B/A）',
          },
          subs: [
            ['其中：当年财政拨款', 140, 140, 140],
            ['上年结转资金', 10, 10, 0],
            ['其他资金', 0, 0, 0],
          ],
        }),
        totalLabel: '自评得分',
        ...withCols([
          ['l1', '一级指标'],
          ['l2', '二级指标'],
          ['l3', '三级指标'],
          ['t', '年初目标值'],
          ['a', '全年实际值'],
          ['p', '指标分值'],
          ['s', '指标得分'],
          ['why', '偏差原因'],
        ]),
      }),
    ),
  );

  add(
    one(
      'c09-adjusted-budget',
      '年初预算数 100, 调整后预算数 120, 预算执行数 117 → 预算执行率 97.50 %, score 9.75; 预期指标值 / 实际完成情况 / 指标权重',
      std({
        funds: funds({
          budget: 120,
          exec: 117,
          init: 100,
          hdr: { budget: '调整后预算数', exec: '预算执行数', rate: '预算执行率' },
          subs: [
            ['其中：财政资金', 110, 107, 90],
            ['财政专户管理资金', 0, 0, 0],
            ['单位资金', 10, 10, 10],
          ],
        }),
        ...withCols(
          [
            ['l1', '一级指标'],
            ['l2', '二级指标'],
            ['l3', '三级指标'],
            ['t', '预期指标值'],
            ['a', '实际完成情况'],
            ['p', '指标权重'],
            ['s', '得分'],
            ['why', '未完成原因及拟采取的改进措施'],
          ],
          shortInds(),
        ),
      }),
    ),
  );

  {
    const inds: Ind[] = [
      { l1: P, l2: '数量指标', l3: '培训场次', t3: ['≥', 12, '场'], a: '12场', p: 10, s: 10 },
      { l1: P, l2: '数量指标', l3: '覆盖社区', t3: ['=', 26, '个'], a: '26个', p: 10, s: 10 },
      { l1: P, l2: '质量指标', l3: '培训合格率', t3: ['≥', 95, '%'], a: '97%', p: 10, s: 10 },
      { l1: P, l2: '时效指标', l3: '办结时限', t3: ['≤', 15, '个工作日'], a: '12个工作日', p: 10, s: 10 },
      { l1: P, l2: '成本指标', l3: '项目总成本', t3: ['≤', 100, '万元'], a: '98.5万元', p: 10, s: 10 },
      {
        l1: E,
        l2: '社会效益指标',
        l3: '群众安全感',
        t3: ['定性', '逐步提高', null],
        a: '有所提高',
        p: 15,
        s: 15,
      },
      // 15 × 85 / 90 = 14.17
      {
        l1: E,
        l2: '可持续影响指标',
        l3: '矛盾纠纷化解率',
        t3: ['≥', 90, '%'],
        a: '85%',
        p: 15,
        s: 14,
        why: '个别积案涉及历史遗留问题，化解周期长；已纳入下年度重点督办。',
      },
      { l1: S, l2: SAT, l3: '群众满意度', t3: ['≥', 90, '%'], a: '92%', p: 10, s: 10 },
    ];
    add(
      one(
        'c10-two-row-target',
        '年度指标值 over 指标性质 | 指标值 | 度量单位 (two header rows)',
        std({
          cols: [
            ['l1', '一级指标'],
            ['l2', '二级指标'],
            ['l3', '三级指标'],
            ['t3', '年度指标值'],
            ['a', '实际完成值'],
            ['p', '分值'],
            ['s', '得分'],
            ['why', '偏差原因分析及改进措施'],
          ],
          inds,
        }),
      ),
    );
  }

  {
    const fw = (s: string) =>
      s.replace(/[0-9%]/g, (d) => (d === '%' ? '％' : String.fromCharCode(d.charCodeAt(0) + 0xfee0)));
    const inds = stdInds().map((x) => ({ ...x, t: fw(String(x.t)), a: fw(String(x.a)) }));
    add(
      one('c11-fullwidth', 'targets and actuals in full-width digits (`≥９５％`, `１２场`)', std({ inds })),
    );
  }

  add(
    one(
      'c12-l1-weights',
      '一级 labels carry their weights: 产出指标（50分）, 效益指标（30分）, 满意度指标（10分）',
      std({ l1Weights: true, inds: shortInds() }),
    ),
  );

  add(
    one(
      'c13-sub-rates',
      'sub-rows with their own correct rates: 100→95 and 20→20, total 120→115 (95.83 %, 9.58)',
      std({
        funds: funds({
          budget: 120,
          exec: 115,
          subRates: true,
          subs: [
            ['其中：当年财政拨款', 100, 95],
            ['上年结转资金', 20, 20],
            ['其他资金', 0, 0],
          ],
        }),
      }),
    ),
  );

  add(
    one(
      'c14-four-subs-dash',
      'sub-rows 财政拨款 / 上年结转 / 单位自筹 / 其他资金, two of them `—`',
      std({
        funds: funds({
          budget: 85,
          exec: 84.15,
          subs: [
            ['其中：财政拨款', 80, 79.15],
            ['上年结转', null, null],
            ['单位自筹', 5, 5],
            ['其他资金', null, null],
          ],
        }),
      }),
    ),
  );

  add(
    one(
      'c15-department',
      '部门（单位）整体支出绩效自评表, 部门（单位）名称, funds rows 基本支出 / 项目支出',
      std({
        kind: 'department',
        title: '部门（单位）整体支出绩效自评表',
        nameLabel: '部门（单位）名称',
        name: 'XX区司法局',
        funds: funds({
          budget: 900,
          exec: 882,
          subs: [
            ['基本支出', 600, 600],
            ['项目支出', 300, 282],
          ],
        }),
      }),
    ),
  );

  add(
    one(
      'c16-department-dated',
      '2022年度XX区教育局部门整体支出绩效自评表, row 部门, sub-rows 财政拨款 / 其他资金',
      std({
        kind: 'department',
        title: '2022年度XX区教育局部门整体支出绩效自评表',
        year: null,
        nameLabel: '部门',
        name: 'XX区教育局',
        funds: funds({
          budget: 5000,
          exec: 4900,
          subs: [
            ['财政拨款', 4800, 4700],
            ['其他资金', 200, 200],
          ],
        }),
      }),
    ),
  );

  {
    const inds = stdInds().map((x) => ({ ...x }));
    inds[0] = { ...inds[0], p: 20, s: 20 };
    add(
      one(
        'c17-no-funds-untitled',
        'no title, no funds block: indicators 100 points, 总分 100',
        std({ title: null, year: null, funds: null, inds }),
      ),
    );
  }

  add(one('c18-untitled', 'no title: region starts at 项目名称', std({ title: null, year: null })));

  add(
    one(
      'c19-closing-rows',
      '2022年度XX局项目支出绩效自评表 + 评价结论 / 存在问题 / 改进措施 + signature line (outside)',
      std({
        title: '2022年度XX局项目支出绩效自评表',
        year: null,
        inds: shortInds(),
        closing: [
          ['评价结论', '项目总体完成较好，自评等级为优。'],
          ['存在问题', '培训人次和办结时限未达到目标。'],
          ['改进措施', '加强组织动员，优化办案流程。'],
        ],
        signature: true,
      }),
    ),
  );

  add(one('c20-shortfalls', 'every shortfall explained and scored within §9', std({ inds: shortInds() })));

  {
    const inds: Ind[] = [
      { l1: P, l2: '数量指标', l3: '培训场次', t: '不少于2次', a: '3次', p: 5, s: 5 },
      { l1: P, l2: '数量指标', l3: '宣传资料发放', t: '5000份以上', a: '5200份', p: 5, s: 5 },
      { l1: P, l2: '质量指标', l3: '合格率', t: '不低于95%', a: '96%', p: 5, s: 5 },
      { l1: P, l2: '质量指标', l3: '达标率', t: '95%以上', a: '95%', p: 5, s: 5 },
      { l1: P, l2: '质量指标', l3: '资金拨付率', t: '100%', a: '100%', p: 5, s: 5 },
      { l1: P, l2: '质量指标', l3: '政策知晓率', t: '=100%', a: '100%', p: 5, s: 5 },
      { l1: P, l2: '质量指标', l3: '抽检合格率', t: '97%-100%', a: '98%', p: 5, s: 5 },
      { l1: P, l2: '时效指标', l3: '办结时限', t: '≤15个工作日', a: '10个工作日', p: 5, s: 5 },
      { l1: P, l2: '时效指标', l3: '资金拨付时间', t: '12月31日前', a: '12月31日', p: 5, s: 5 },
      { l1: P, l2: '成本指标', l3: '单次活动成本', t: '2万元以内', a: '1.8万元', p: 5, s: 5 },
      { l1: E, l2: '社会效益指标', l3: '群众安全感', t: '逐步提高', a: '逐步提高', p: 10, s: 10 },
      { l1: E, l2: '社会效益指标', l3: '投诉率', t: '不超过5%', a: '3%', p: 10, s: 10 },
      { l1: E, l2: '可持续影响指标', l3: '机制运行', t: '得到保障', a: '得到保障', p: 10, s: 10 },
      { l1: S, l2: SAT, l3: '群众满意度', t: '>=90%', a: '90%', p: 10, s: 10 },
    ];
    add(one('c21-operators', 'targets with operators, words, ranges, dates; every one met', std({ inds })));
  }

  {
    const inds: Ind[] = [
      { l1: P, l2: '数量指标', l3: '采购设备数量', t: '≥20台', a: '20台', p: 10, s: 10 },
      { l1: P, l2: '质量指标', l3: '验收合格率', t: '100%', a: '100%', p: 10, s: 10 },
      { l1: P, l2: '时效指标', l3: '采购完成时间', t: '10月底前', a: '10月20日', p: 10, s: 10 },
      { l1: P, l2: '成本指标', l3: '设备采购总成本', t: '50万元', a: '48.6万元', p: 5, s: 5 },
      { l1: P, l2: '成本指标', l3: '运维费用', t: '≤30万元', a: '30万元', p: 5, s: 5 },
      { l1: P, l2: '成本指标', l3: '人均培训费', t: '不超过8000元/人', a: '7600元/人', p: 10, s: 10 },
      { l1: E, l2: '社会效益指标', l3: '办公效率', t: '逐步提高', a: '明显提高', p: 30, s: 30 },
      { l1: S, l2: SAT, l3: '使用人员满意度', t: '≥90%', a: '95%', p: 10, s: 10 },
    ];
    add(
      one(
        'c22-cost-amounts',
        '成本指标 with amounts (`50万元` without operator = at most), all within',
        std({ inds }),
      ),
    );
  }

  {
    const inds: Ind[] = [
      { l1: P, l2: '数量指标', l3: '培训场次', t: '≥12场', a: '12场', p: 20, s: 20 },
      { l1: P, l2: '数量指标', l3: '指标2：' },
      { l1: P, l2: '数量指标', l3: '……' },
      { l1: P, l2: '质量指标', l3: '培训合格率', t: '≥95%', a: '96%', p: 20, s: 20 },
      { l1: P, l2: '质量指标', l3: '指标1：' },
      { l1: P, l2: '时效指标', l3: '指标1：' },
      { l1: P, l2: '成本指标', l3: '/', t: '/', a: '/', pCell: '/', sCell: '/', why: '/' },
      { l1: P, l2: '成本指标', l3: '人均成本', t: '≤500元', a: '460元', p: 10, s: 10 },
      { l1: E, l2: '经济效益指标', l3: '/', t: '/', a: '/', pCell: '/', sCell: '/', why: '/' },
      { l1: E, l2: '社会效益指标', l3: '群众安全感', t: '逐步提高', a: '有所提高', p: 30, s: 30 },
      { l1: E, l2: '生态效益指标', l3: '指标1：' },
      { l1: E, l2: '可持续影响指标', l3: '……' },
      { l1: S, l2: SAT, l3: '群众满意度', t: '≥90%', a: '92%', p: 10, s: 10 },
      { l1: S, l2: SAT, l3: '……' },
    ];
    add(one('c23-placeholders', 'template leftovers `指标2：`, `……` and all-`/` rows', std({ inds })));
  }

  {
    const a = national({
      title: '项目支出绩效自评表',
      year: '（2021年度）',
      name: '综治工作经费',
      funds: funds({ budget: 100, exec: 100, subs: subs3(100, 100) }),
      inds: stdInds(),
    }).grid;
    const b = national({
      title: '项目支出绩效自评表',
      year: '（2021年度）',
      name: '访惠聚工作经费',
      funds: funds({ budget: 50, exec: 48, subs: subs3(50, 48) }),
      inds: shortInds(),
    }).grid;
    const note = new Grid();
    note.row(['注：本表金额单位为万元；得分保留两位小数。']);
    note.merge(0, 0, 0, 8);
    const s = sheetOf([
      [a, 0, 0],
      [note, a.height + 1, 0],
      [b, a.height + 4, 0],
    ]);
    add(one('c24-stacked', 'two forms stacked with a note and blank rows between', s));
  }

  {
    const a = std();
    const b = national({
      title: '项目支出绩效自评表',
      year: '（2021年度）',
      name: '平安建设专项经费',
      funds: funds({ budget: 169.4, exec: 134.31, subs: subs3(169.4, 134.31) }),
      inds: shortInds(),
    }).grid;
    add(
      one(
        'c25-side-by-side',
        'two forms side by side, one empty column between',
        sheetOf([
          [a, 0, 0],
          [b, 0, a.width + 1],
        ]),
      ),
    );
  }

  {
    const a = std();
    const s = sheetOf([
      [budgetSummary(), 0, 0],
      [a, 9, 0],
      [catalogue(), 9 + a.height + 3, 0],
    ]);
    add(
      one(
        'c26-decoys',
        'a 收支预算总表 above and an indicator catalogue (指标库) below the form: one region',
        s,
      ),
    );
  }

  add(
    one(
      'c27-hubei2019',
      'hubei2019 layout, 自评等次 优, one block score 59 with the shortfall explained',
      hubei(),
    ),
  );
  add(
    one(
      'c28-wuhan2020',
      'wuhan2020 project table, weights in labels, shortfall explained at the bottom',
      wuhanProject(),
    ),
  );
  add(
    one(
      'c29-wuhan-dept',
      'wuhan2020 department table with 年度目标1（40分）/ 年度目标2（40分）',
      wuhanDept(),
    ),
  );

  {
    // formulas with cached results
    const b = national({
      title: '项目支出绩效自评表',
      year: '（2021年度）',
      funds: funds({ budget: 250, exec: 240, subs: subs3(250, 240) }),
      inds: shortInds(),
    });
    const g = b.grid;
    const A = (k: string) => {
      const [r, c] = b.at[k];
      return `${String.fromCharCode(65 + c)}${r + 1}`;
    };
    const [rr, rc] = b.at['f.rate'];
    const [sr, sc] = b.at['f.s'];
    const [tr, tc] = b.at.total;
    const [pr, pc] = b.at.totalPoints;
    g.set(rr, rc, {
      f: `IF(N(${A('f.budget')})=0,"",${A('f.exec')}/${A('f.budget')})`,
      r: 0.96,
      fmt: '0.00%',
    });
    g.set(sr, sc, { f: `IF(${A('f.rate')}="","",ROUND(${A('f.p')}*MIN(${A('f.rate')},1),2))`, r: 9.6 });
    g.set(tr, tc, { f: `ROUND(${A('f.s')}+SUM(${A('firstInd')}:${A('lastInd')}),2)`, r: b.total });
    const col = String.fromCharCode(65 + pc);
    g.set(pr, pc, {
      f: `${A('f.p')}+SUM(${col}${b.at.firstInd[0] + 1}:${col}${b.at.lastInd[0] + 1})`,
      r: 100,
    });
    add(one('c30-formulas', 'rate, funds score and totals as formulas with cached results (§4 formulas)', g));
  }

  {
    const cols: [IRole, string][] = [
      ['l1', '一级\n指标'],
      ['l2', '二级\n指标'],
      ['l3', '三级\n指标'],
      ['t', '年度\n指标值'],
      ['a', '实际\n完成值'],
      ['p', '分 值'],
      ['s', '得  分'],
      ['why', '偏差原因分析\n及改进措施'],
    ];
    add(
      one(
        'c31-line-breaks',
        'line breaks and spaces inside headers, half-width 项目资金(万元), 年度资金总额：',
        std({
          cols,
          inds: shortInds(),
          funds: funds({
            budget: 100,
            exec: 100,
            label: '项目资金\n(万元)',
            totalLabel: '年度资金总额：',
            hdr: { budget: '全年\n预算数', exec: '全年\n执行数', rate: '执行 率' },
            subs: [
              ['其中：当年财政拨款', 100, 100],
              ['      上年结转资金', 0, 0],
              ['  其他资金', 0, 0],
            ],
          }),
        }),
      ),
    );
  }

  {
    const s1 = std({ title: '项目（政策）支出绩效自评表', year: '（2020年度）' });
    const s2 = std({ name: '法治宣传经费', inds: shortInds() });
    add({
      id: 'c32-many-sheets',
      what: 'one form per sheet on two Chinese-named sheets plus an empty sheet',
      sheets: [
        { name: '综治经费', grid: s1 },
        { name: '空白', grid: new Grid() },
        { name: '法治宣传', grid: s2 },
      ],
    });
  }

  {
    const inds: Ind[] = [
      { l1: '成本指标', l2: '经济成本指标', l3: '项目总成本', t: '≤100万元', a: '96万元', p: 10, s: 10 },
      { l1: P, l2: '数量指标', l3: '培训场次', t: '≥12场', a: '12场', p: 20, s: 20 },
      { l1: P, l2: '质量指标', l3: '培训合格率', t: '≥95%', a: '97%', p: 10, s: 10 },
      { l1: P, l2: '时效指标', l3: '完成时间', t: '12月31日前', a: '11月30日', p: 10, s: 10 },
      { l1: E, l2: '社会效益指标', l3: '群众安全感', t: '逐步提高', a: '有所提高', p: 30, s: 30 },
      { l1: S, l2: SAT, l3: '群众满意度', t: '≥90%', a: '93%', p: 10, s: 10 },
    ];
    add(one('c33-cost-level1', '2021+ 一级 成本指标 / 经济成本指标 row first', std({ inds })));
  }

  {
    const pct = (v: number): Cell => ({ v, fmt: '0%' });
    const inds: Ind[] = stdInds().map((x) =>
      x.l3 === '培训考核合格率' ? { ...x, a: pct(0.97) } : x.l3 === '群众满意度' ? { ...x, a: pct(0.93) } : x,
    );
    add(
      one('c34-pct-actuals', 'actual values typed 0.97 formatted as percent against `≥95%`', std({ inds })),
    );
  }

  {
    // budget 300, exec 288 → 96%, 9.6; rate shown with one decimal
    add(
      one(
        'c35-pct1-and-points',
        'rate shown `96.0%`; scores with decimals (0.5-point steps); 总分 98.7',
        std({
          funds: funds({ budget: 300, exec: 288, rateMode: 'pct1', subs: subs3(300, 288) }),
          inds: [
            { l1: P, l2: '数量指标', l3: '走访群众户数', t: '≥2000户', a: '2100户', p: 12.5, s: 12.5 },
            { l1: P, l2: '数量指标', l3: '排查隐患数', t: '≥100处', a: '100处', p: 12.5, s: 12.5 },
            { l1: P, l2: '质量指标', l3: '隐患整改率', t: '≥95%', a: '98%', p: 12.5, s: 12.5 },
            { l1: P, l2: '时效指标', l3: '整改时限', t: '≤30天', a: '25天', p: 12.5, s: 12.5 },
            { l1: E, l2: '社会效益指标', l3: '安全事故发生率', t: '逐步下降', a: '有所下降', p: 15, s: 15 },
            {
              l1: E,
              l2: '可持续影响指标',
              l3: '网格员队伍稳定率',
              t: '≥90%',
              a: '88%',
              p: 15,
              // 15 × 88 / 90 = 14.67
              s: 14.1,
              why: '部分网格员因待遇问题离职；已提高补贴标准并补录人员。',
            },
            { l1: S, l2: SAT, l3: '群众满意度', t: '≥90%', a: '95%', p: 10, s: 10 },
          ],
        }),
      ),
    );
  }

  {
    // a 申报表 page with its 年度绩效目标表, and the matching self-evaluation on another sheet
    const inds = stdInds();
    const weights = [10, 10, 10, 10, 10, 15, 15, 20];
    const g = new Grid();
    const W = 10;
    let r = g.row(['项目支出绩效目标申报表']);
    g.merge(r, 0, r, W - 1);
    r = g.row(['（2021年度）']);
    g.merge(r, 0, r, W - 1);
    r = g.row(['项目名称', '社区综合治理工作经费']);
    g.merge(r, 1, r, W - 1);
    r = g.row(['主管部门', 'XX市XX区委政法委员会', null, null, null, '实施单位', 'XX区综治中心']);
    g.merge(r, 1, r, 4);
    g.merge(r, 6, r, W - 1);
    r = g.row(['项目资金（万元）', '年度资金总额', null, 100]);
    g.merge(r, 1, r, 2);
    g.merge(r, 3, r, W - 1);
    const t0 = g.row(['年度绩效目标表']);
    g.merge(t0, 0, t0, W - 1);
    const h1 = g.row([
      '目标名称',
      '指标权重比例(%)',
      '一级指标',
      '二级指标',
      '三级指标',
      '指标值',
      null,
      null,
      null,
      '指标值确定依据',
    ]);
    g.row([null, null, null, null, null, '前年', '上年', '预计当年实现', '指标分值权重']);
    for (const c of [0, 1, 2, 3, 4, 9]) g.merge(h1, c, h1 + 1, c);
    g.merge(h1, 5, h1, 8);
    const i0 = g.height;
    inds.forEach((x, k) =>
      g.row([
        k === 0 ? '加强社区综合治理，提升群众安全感' : null,
        k === 0 ? 100 : null,
        x.l1,
        x.l2,
        x.l3,
        '—',
        '—',
        x.t ?? null,
        weights[k],
        '历史数据和工作计划',
      ]),
    );
    g.merge(i0, 0, g.height - 1, 0);
    g.merge(i0, 1, g.height - 1, 1);
    g.regions.push({ kind: 'target', r1: t0, c1: 0, r2: g.height - 1, c2: W - 1 });
    add({
      id: 'c36-declared-targets',
      what: '绩效目标申报表 with 年度绩效目标表 (weights 100) and a self-evaluation using the same targets',
      sheets: [
        { name: '目标申报表', grid: g },
        { name: '自评表', grid: std() },
      ],
    });
  }

  {
    // scores exactly at the template's bounds: 10 × 97/100 = 9.7; 15 × 85/90 = 14.17 (rounded);
    // negative 10 × 15/20 = 7.5 (the template's note; the platform's linear rule would allow 6.67)
    const inds = stdInds();
    inds[2] = { ...inds[2], t: '≥100%', a: '97%', s: 9.7, why: '个别学员补考未通过；下年度加强考前辅导。' };
    inds[6] = {
      l1: E,
      l2: '可持续影响指标',
      l3: '矛盾纠纷化解率',
      t: '≥90%',
      a: '85%',
      p: 15,
      s: 14.17,
      why: '个别积案涉及历史遗留问题，化解周期长；已纳入下年度重点督办。',
    };
    add(
      one('c37-rule-bounds', 'positive shortfalls scored exactly at points × actual ÷ target', std({ inds })),
    );
    const neg = stdInds();
    neg[4] = {
      ...neg[4],
      l2: '时效指标',
      l3: '办结时限',
      t: '≤15个工作日',
      a: '20个工作日',
      s: 7.5,
      why: R2,
    };
    add(
      one(
        'c38-negative-template-bound',
        'negative shortfall scored at the template note bound points × target ÷ actual = 7.5',
        std({ inds: neg }),
      ),
    );
  }

  {
    const inds = stdInds();
    inds[3] = { ...inds[3], a: '1月15日', s: 8, why: R3 };
    inds[5] = { ...inds[5], a: '部分达成', s: 11, why: '部分社区宣传覆盖不足；下年度扩大覆盖面。' };
    inds[6] = { ...inds[6], a: '达成', s: 13, why: '机制已建立但运行时间较短；下年度持续完善。' };
    add(
      one(
        'c39-late-and-bands',
        'late actual `1月15日` against `12月31日前` (8 of 10, explained); 部分达成 11/15 (73 %), 达成 13/15 (87 %)',
        std({ inds }),
      ),
    );
  }

  {
    // seed-002 look: block label 年度绩效指标完成情况, empty row after the header, 二级 repeated on every row,
    // half-width (2021年度), form placed at B3
    const b = national({
      title: '项目支出绩效自评表',
      year: '(2021年度)',
      block: '年度绩效指标完成情况',
      funds: funds({ budget: 100, exec: 100, subs: subs3(100, 100), scoreCell: (n) => `${n.toFixed(2)}分` }),
      inds: stdInds().map((x) => ({ ...x, l2: x.l2 })),
      totalScoreCell: (n) => `${n.toFixed(2)}分`,
      totalLabel: '总分',
    }).grid;
    add(
      one(
        'c40-offset-b3',
        'form placed at B3 with a blank column A and rows above; scores `10.00分`',
        sheetOf([[b, 2, 1]]),
        {
          textNumbers: true,
        },
      ),
    );
  }
  return list;
}

export { round2, STD_COLS };
export type { Kind };
