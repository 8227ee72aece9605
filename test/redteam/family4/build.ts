/**
 * Builds the family-4 workbooks and states, by hand, what a correct checker must report for each sheet.
 * Every workbook holds the form as published (with its real faults), a clean version and 1–2 planted-fault
 * versions (one fault per table, at a known cell).
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import {
  clone,
  DeptForm,
  fundsScoreOf,
  gradeOf,
  HubeiForm,
  HubeiInd,
  Placed,
  rate3,
  round2,
  sumScores,
  WInd,
  writeDept,
  writeHubei,
  writeWuhan,
  WUHAN_WORDS,
  WuhanForm,
} from './forms';

export interface ExpRegion {
  sheet: string;
  kind: string;
  range: string;
}
export interface ExpFinding {
  rule: string;
  sheet: string;
  cell: string;
}
export interface Built {
  file: string;
  path: string;
  regions: ExpRegion[];
  findings: ExpFinding[];
}

type Form = { t: 'hubei'; f: HubeiForm } | { t: 'wuhan'; f: WuhanForm } | { t: 'dept'; f: DeptForm };
/** [rule, anchor name] for one form */
type Fault = [string, string];
interface SheetSpec {
  name: string;
  /** top-left corner of the first form (default A1) */
  at?: [number, number];
  forms: Array<{ form: Form; faults: Fault[] }>;
}
export interface WorkbookSpec {
  file: string;
  sheets: SheetSpec[];
}

// ---------------------------------------------------------------------------------------------------------------
// hubei2019 family
// ---------------------------------------------------------------------------------------------------------------

const HUBEI_WORDS = {
  score: '自评分',
  target: '年度目标值',
  actual: '全年完成值',
  reason: '未完成原因和改进措施',
};
const NOTE = '请在此处简要说明中央巡视、各级审计和财政监督中发现的问题及其所涉及的金额，如没有请填无。';

function hubei(
  base: Omit<HubeiForm, 'rate' | 'fundsScore' | 'total' | 'grade' | 'words' | 'note'> &
    Partial<Pick<HubeiForm, 'words' | 'note'>>,
): HubeiForm {
  const fundsScore = fundsScoreOf(base.budget, base.exec);
  const total = round2(fundsScore + (base.goalScore as number) + (base.indScore as number));
  return {
    words: HUBEI_WORDS,
    note: NOTE,
    ...base,
    rate: rate3(base.budget, base.exec),
    fundsScore,
    total,
    grade: gradeOf(total),
  };
}

/** recompute total and grade after a change of parts (keeps a planted part fault from echoing) */
function retotal(f: HubeiForm): HubeiForm {
  f.total = round2((f.fundsScore as number) + (f.goalScore as number) + (f.indScore as number));
  f.grade = gradeOf(f.total);
  return f;
}

const YICHANG_INDS: HubeiInd[] = [
  { l1: '产出指标', l2: '数量指标', name: '道路清扫保洁面积', target: '≥320万平方米', actual: '326万平方米' },
  { l1: '产出指标', l2: '数量指标', name: '垃圾清运频次', target: '1次/日', actual: '100%' },
  { l1: '产出指标', l2: '质量指标', name: '道路保洁达标率', target: '≥95%', actual: '96.5%' },
  { l1: '产出指标', l2: '时效指标' },
  { l1: '产出指标', l2: '成本指标', name: '保洁作业成本控制率', target: '100%', actual: '100%' },
  { l1: '效益指标', l2: '经济效益\n指标' },
  { l1: '效益指标', l2: '社会效益\n指标', name: '市容环境改善', target: '明显改善', actual: '明显改善' },
  { l1: '效益指标', l2: '生态效益\n指标' },
  {
    l1: '效益指标',
    l2: '可持续影\n响指标',
    name: '环卫长效保洁机制',
    target: '逐步完善',
    actual: '逐步完善',
  },
  {
    l1: '满意度指标',
    l2: '服务对象\n满意度指标',
    name: '市民对市容环境满意度',
    target: '≥90%',
    actual: '92%',
  },
];

const yichangBase = hubei({
  title: 'two-line',
  year: 2020,
  time: '2021年4月',
  name: '城区环境卫生保洁经费',
  detail: '道路清扫保洁、垃圾清运、公厕管护、环卫设施购置',
  dept: '宜昌市西陵区城市管理执法局',
  sub: [null, null, [120, 120], null, [366.2, 354.5], null],
  budget: 486.2,
  exec: 474.5,
  goalTarget: '全面提升城区道路清扫保洁质量，生活垃圾日产日清，公厕管护规范，市容环境持续改善。',
  goalActual: '完成城区主次干道及背街小巷清扫保洁，生活垃圾日产日清，新建改造公厕6座，市容环境明显改善。',
  goalScore: 18,
  indScore: 56,
  inds: YICHANG_INDS,
});

const XIANGYANG_INDS: HubeiInd[] = [
  { l1: '产出指标', l2: '数量指标', name: '县乡道养护里程', target: '≥420公里', actual: '425公里' },
  {
    l1: '产出指标',
    l2: '数量指标',
    name: '桥梁定期检测座数',
    target: '36座',
    actual: '30座',
    reason: '6座桥梁因汛期封闭推迟至次年一季度检测，已列入次年计划。',
  },
  { l1: '产出指标', l2: '质量指标', name: '优良路率', target: '≥80%', actual: '82%' },
  { l1: '产出指标', l2: '时效指标', name: '路面病害处置及时率', target: '≥95%', actual: '97%' },
  { l1: '效益指标', l2: '社会效益指标', name: '群众出行条件', target: '明显改善', actual: '明显改善' },
  {
    l1: '效益指标',
    l2: '可持续影响指标',
    name: '农村公路养护长效机制',
    target: '逐步健全',
    actual: '逐步健全',
  },
  { l1: '满意度指标', l2: '服务对象满意度指标', name: '沿线群众满意度', target: '≥90%', actual: '91%' },
];

const xiangyangBase = hubei({
  title: 'one-line',
  year: 2021,
  time: '2022年4月',
  name: '农村公路养护专项资金',
  detail: '县乡道日常养护、桥梁定期检测、安全生命防护工程',
  dept: '襄阳市襄州区交通运输局',
  sub: [null, [100, 100], null, null, [150, 140], null],
  budget: 250,
  exec: 240,
  goalTarget: '完成县乡道日常养护420公里，开展桥梁定期检测，优良路率不低于80%。',
  goalActual: '完成县乡道日常养护425公里，检测桥梁30座，优良路率82%。',
  goalScore: 17,
  indScore: 52,
  inds: XIANGYANG_INDS,
  words: {
    score: '得分',
    target: '年初目标值',
    actual: '实际完成值',
    reason: '未完成原因及拟采取的改进措施',
  },
});

const JINGZHOU_INDS: HubeiInd[] = [
  { l1: '产出指标', l2: '数量指标', name: '服务对象人数', target: '≥1200人', actual: '1260人' },
  { l1: '产出指标', l2: '质量指标', name: '业务办理差错率', target: '≤1%', actual: '0.5%' },
  { l1: '产出指标', l2: '时效指标', name: '业务按时办结率', target: '100%', actual: '100%' },
  { l1: '效益指标', l2: '社会效益指标', name: '服务群众水平', target: '有效提升', actual: '有效提升' },
  { l1: '效益指标', l2: '可持续影响指标', name: '工作机制', target: '逐步完善', actual: '逐步完善' },
  { l1: '满意度指标', l2: '服务对象满意度指标', name: '服务对象满意度', target: '≥90%', actual: '93%' },
];

function jingzhou(
  name: string,
  budget: number,
  exec: number,
  sub: HubeiForm['sub'],
  goal: number,
  ind: number,
) {
  return hubei({
    title: 'two-line',
    year: 2022,
    time: '2023年4月',
    name,
    detail: name.replace(/经费$/, '') + '日常工作、宣传培训、设备购置',
    dept: '荆州市荆州区司法局',
    sub,
    budget,
    exec,
    goalTarget: '按年度计划完成各项工作任务，服务对象满意度不低于90%。',
    goalActual: '全面完成年度工作任务，服务对象满意度93%。',
    goalScore: goal,
    indScore: ind,
    inds: JINGZHOU_INDS,
  });
}

const HUANGSHI_INDS: HubeiInd[] = [
  { l1: '产出指标', l2: '数量指标', name: '整治岸线长度', target: '≥3.5公里', actual: '3.6公里' },
  { l1: '产出指标', l2: '数量指标', name: '拆除非法码头数', target: '4个', actual: '4个' },
  { l1: '产出指标', l2: '质量指标', name: '复绿面积达标率', target: '≥95%', actual: '96%' },
  { l1: '产出指标', l2: '时效指标', name: '整治完成时间', target: '12月31日前', actual: '12月15日' },
  { l1: '效益指标', l2: '生态效益指标', name: '长江岸线生态环境', target: '明显改善', actual: '明显改善' },
  { l1: '效益指标', l2: '可持续影响指标', name: '岸线长效管护机制', target: '建立', actual: '建立' },
  { l1: '满意度指标', l2: '服务对象满意度指标', name: '沿江群众满意度', target: '≥90%', actual: '94%' },
];

const huangshiPublished = hubei({
  title: 'two-line',
  year: 2023,
  time: '2024年3月',
  name: '港口岸线整治经费',
  detail: '非法码头拆除、岸线复绿、岸线巡查管护',
  dept: '黄石市港口和航运事务中心',
  sub: [null, [40, 40], null, null, [80, 80.5], null],
  budget: 120,
  exec: 120.5,
  goalTarget: '完成长江黄石段3.5公里岸线整治和复绿，拆除非法码头4个。',
  goalActual: '完成岸线整治3.6公里，拆除非法码头4个，复绿达标率96%。',
  goalScore: 18,
  indScore: 55,
  inds: HUANGSHI_INDS,
  signature: '填表人：陈琳                    联系电话：0714-6251234',
});

// ---------------------------------------------------------------------------------------------------------------
// Wuhan district project forms
// ---------------------------------------------------------------------------------------------------------------

function wuhan(base: Omit<WuhanForm, 'rate' | 'fundsScore'>): WuhanForm {
  const f: WuhanForm = {
    ...base,
    rate: rate3(base.budget, base.exec),
    fundsScore: fundsScoreOf(base.budget, base.exec),
  };
  return wtotal(f);
}

function wtotal(f: WuhanForm): WuhanForm {
  const t = round2((f.fundsScore as number) + (f.goal ? (f.goal.score as number) : 0) + sumScores(f.inds));
  if (f.totalRow !== undefined) f.totalRow = t;
  else f.headerTotal = t;
  return f;
}

const QINGSHAN_INDS: WInd[] = [
  {
    l1: '产出指标（30分）',
    l2: '数量指标（10分）',
    name: '背街小巷整治条数',
    target: '≥40条',
    actual: '42条',
    score: 10,
  },
  {
    l1: '产出指标（30分）',
    l2: '质量指标（10分）',
    name: '整治验收合格率',
    target: '≥95%',
    actual: '96%',
    score: 10,
  },
  {
    l1: '产出指标（30分）',
    l2: '时效指标（5分）',
    name: '年度整治任务完成时间',
    target: '12月31日前',
    actual: '12月20日',
    score: 5,
  },
  {
    l1: '产出指标（30分）',
    l2: '成本指标（5分）',
    name: '不超过预算金额',
    target: '≤500万元',
    actual: '487.5万元',
    score: 5,
  },
  {
    l1: '效益指标（30分）',
    l2: '社会效益指标（10分）',
    name: '居民出行环境',
    target: '明显改善',
    actual: '明显改善',
    score: 10,
  },
  {
    l1: '效益指标（30分）',
    l2: '生态效益指标（10分）',
    name: '辖区环境卫生',
    target: '逐步改善',
    actual: '有所改善',
    score: 9,
  },
  {
    l1: '效益指标（30分）',
    l2: '可持续影响指标（5分）',
    name: '城市管理长效机制',
    target: '建立',
    actual: '建立',
    score: 5,
  },
  {
    l1: '效益指标（30分）',
    l2: '满意度指标（5分）',
    name: '居民满意度',
    target: '≥90%',
    actual: '92%',
    score: 5,
  },
];

const qingshanBase = wuhan({
  title: '2021年度城市管理专项经费项目自评表',
  unit: '武汉市青山区红卫路街道办事处',
  date: '2022年3月8日',
  headerTotal: 0,
  name: '城市管理专项经费',
  dept: '武汉市青山区红卫路街道办事处',
  impl: '红卫路街道城市管理办公室',
  budget: 500,
  exec: 487.5,
  goal: {
    target: '完成背街小巷整治40条以上，整治验收合格率不低于95%，辖区环境卫生持续改善。',
    actual: '完成背街小巷整治42条，验收合格率96%，辖区环境卫生有所改善。',
    score: 18,
  },
  blockLabel: '项目年度绩效指标（60分）',
  inds: QINGSHAN_INDS,
  words: WUHAN_WORDS,
  reason: '辖区部分老旧小区周边环境卫生反弹，环境卫生改善幅度低于预期。',
  measures: '一是建立背街小巷长效管护台账；二是加强社区联动巡查；三是将自评结果用于下年度预算安排。',
});

const JIANGHAN_INDS: WInd[] = [
  {
    l1: '产出指标（30分）',
    l2: '数量指标（10分）',
    name: '网格员配备人数',
    target: '≥120人',
    actual: '124人',
    score: 10,
  },
  {
    l1: '产出指标（30分）',
    l2: '质量指标（10分）',
    name: '网格事件办结率',
    target: '≥98%',
    actual: '99.1%',
    score: 10,
  },
  {
    l1: '产出指标（30分）',
    l2: '时效指标（10分）',
    name: '事件处置时限',
    target: '≤3个工作日',
    actual: '2个工作日',
    score: 10,
  },
  {
    l1: '效益指标（30分）',
    l2: '社会效益指标（15分）',
    name: '基层治理水平',
    target: '持续提升',
    actual: '持续提升',
    score: 15,
  },
  {
    l1: '效益指标（30分）',
    l2: '可持续影响指标（10分）',
    name: '网格化长效机制',
    target: '健全',
    actual: '健全',
    score: 10,
  },
  {
    l1: '效益指标（30分）',
    l2: '满意度指标（5分）',
    name: '居民满意度',
    target: '≥90%',
    actual: '93%',
    score: 5,
  },
];

const jianghanBase = wuhan({
  title: null,
  unit: '武汉市江汉区民意街道办事处',
  date: '2023年2月20日',
  headerTotal: 0,
  name: '社区网格化管理经费',
  dept: '武汉市江汉区民意街道办事处',
  impl: '民意街道社会治理办公室',
  budget: 320,
  exec: 316.8,
  goal: {
    target: '配齐社区网格员，网格事件办结率不低于98%，提升基层治理水平。',
    actual: '配备网格员124人，网格事件办结率99.1%，基层治理水平持续提升。',
    score: 19,
  },
  blockLabel: '项目年度绩效指标（60分）',
  inds: JIANGHAN_INDS,
  words: WUHAN_WORDS,
  reason: '个别社区网格员流动较大，队伍稳定性有待加强。',
  measures: '完善网格员培训和激励机制，将自评结果作为下年度经费安排依据。',
});

/** transcribed: 2020年市级服务贸易发展资金项目自评表 (区商务局), kunmingchi.com */
const COMMERCE_INDS: WInd[] = [
  {
    l1: '产出指标（60分）',
    l2: '数量指标',
    name: '服务外包在岸（万美元）',
    target: 20000,
    actual: 23333.56,
    score: 10,
  },
  {
    l1: '产出指标（60分）',
    l2: '数量指标',
    name: '服务外包离岸（万美元）',
    target: 4500,
    actual: 4557.51,
    score: 10,
  },
  {
    l1: '产出指标（60分）',
    l2: '数量指标',
    name: '支持服务贸易、服务外包企业数量',
    target: 3,
    actual: 3,
    score: 10,
  },
  {
    l1: '产出指标（60分）',
    l2: '质量指标',
    name: '企业国际质量提升',
    target: '获得目的国（地区）受众欢迎',
    actual: '受目的国受众欢迎显著',
    score: 10,
  },
  {
    l1: '产出指标（60分）',
    l2: '时效指标',
    name: '预算资金执行率',
    target: '90%',
    actual: '100%',
    score: 10,
  },
  {
    l1: '产出指标（60分）',
    l2: '时效指标',
    name: '资金拨付及时性',
    target: '98%以上',
    actual: '100%',
    score: 10,
  },
  {
    l1: '效益指标（40分）',
    l2: '社会效益指标',
    name: '企业把握政治导向和文化方向情况',
    target: '企业把握正确政治导向和文化方向情况的评价',
    actual: '企业较好把握正确政治导向和文化方向',
    score: 20,
  },
  {
    l1: '效益指标（40分）',
    l2: '可持续影响指标',
    name: '推动企业走出去方面发挥的作用',
    target: '是否利于企业走出去',
    actual: '有利于推动企业走出去',
    score: 20,
  },
];

const commercePublished: WuhanForm = {
  title: '2020年市级服务贸易发展资金项目自评表',
  unit: '区商务局',
  date: '2021年4月22日',
  name: '2020年市级服务贸易发展资金',
  dept: '区商务局',
  impl: '投资促进中心',
  budget: 285.84,
  exec: 285.84,
  rate: 1,
  fundsScore: 20,
  blockLabel: '年度绩效目标（80分）',
  inds: COMMERCE_INDS,
  words: { ...WUHAN_WORDS, name: '三级指标' },
  totalRow: 100,
  reason: '',
  measures: '',
  approval: true,
};

function commerceClean(): WuhanForm {
  const f = clone(commercePublished);
  const scores = [5, 5, 5, 5, 10, 10, 20, 20];
  f.inds.forEach((x, i) => {
    x.score = scores[i];
    if (x.l1.startsWith('产出')) x.l1 = '产出指标（40分）';
  });
  return wtotal(f);
}

/** transcribed: 2020年度长江禁捕项目自评表 (区市场监督管理局 农业工作科), 1wenmi.com */
const JINBU_INDS: WInd[] = [
  {
    l1: '产出指标（60分）',
    l2: '数量指标（20分）',
    name: '补贴渔船数',
    target: '6艘',
    actual: '6艘',
    score: 20,
  },
  {
    l1: '产出指标（60分）',
    l2: '质量指标（20分）',
    name: '渔船补贴发放率',
    target: '100%',
    actual: '100%',
    score: 20,
  },
  {
    l1: '产出指标（60分）',
    l2: '时效指标（20分）',
    name: '补贴发放及时性',
    target: '12月底之前完成',
    actual: '12月底之前完成',
    score: 20,
  },
  {
    l1: '满意度指标（20分）',
    l2: '服务对象满意度指标（20分）',
    name: '退捕渔民抽样调查满意度',
    target: '≥90%',
    actual: '92%',
    score: 20,
  },
];

const jinbuPublished = wuhan({
  title: '2020年度长江禁捕项目自评表',
  unit: '农业工作科',
  date: '2021年3月15日',
  name: '渔业成品油价格改革补贴',
  dept: '区市场监督管理局',
  impl: '农业科',
  budget: 1.56,
  exec: 1.56,
  blockLabel: '年度绩效目标（80分）',
  inds: JINBU_INDS,
  words: { ...WUHAN_WORDS, name: '三级指标' },
  totalRow: 0,
  reason: '无',
  measures: '无',
});

// ---------------------------------------------------------------------------------------------------------------
// department-wide forms
// ---------------------------------------------------------------------------------------------------------------

function dept(base: Omit<DeptForm, 'rate' | 'fundsScore' | 'total'>): DeptForm {
  const f: DeptForm = {
    ...base,
    rate: rate3(base.budget, base.exec),
    fundsScore: fundsScoreOf(base.budget, base.exec),
    total: 0,
  };
  return dtotal(f);
}

function dtotal(f: DeptForm): DeptForm {
  f.total = round2((f.fundsScore as number) + f.goals.reduce((s, g) => s + sumScores(g.inds), 0));
  return f;
}

const hongshanDept = dept({
  title: '2021年度武汉市洪山区张家湾街道办事处整体绩效自评表',
  date: '2022年2月25日',
  unit: '武汉市洪山区张家湾街道办事处',
  basic: '2856.40万元',
  project: '9631.25万元',
  budget: 12487.65,
  exec: 12321.08,
  goals: [
    {
      label: '年度目标1（40分）',
      text: '做好辖区综合治理、信访维稳、安全生产和应急管理工作，保障机关正常运转。',
      inds: [
        {
          l1: '产出指标（20分）',
          l2: '数量指标1（5分）',
          name: '网格员培训场次',
          target: '4场',
          actual: '4场',
          score: 5,
        },
        {
          l1: '产出指标（20分）',
          l2: '数量指标2（5分）',
          name: '安全生产检查企业数',
          target: '≥200家',
          actual: '215家',
          score: 5,
        },
        {
          l1: '产出指标（20分）',
          l2: '质量指标（5分）',
          name: '信访事项按期办结率',
          target: '≥95%',
          actual: '97%',
          score: 5,
        },
        {
          l1: '产出指标（20分）',
          l2: '时效指标（5分）',
          name: '应急事件响应时间',
          target: '≤30分钟',
          actual: '25分钟',
          score: 5,
        },
        {
          l1: '效益指标（20分）',
          l2: '社会效益指标（10分）',
          name: '辖区社会治安',
          target: '持续稳定',
          actual: '持续稳定',
          score: 10,
        },
        {
          l1: '效益指标（20分）',
          l2: '可持续影响指标（5分）',
          name: '基层治理长效机制',
          target: '逐步完善',
          actual: '逐步完善',
          score: 5,
        },
        {
          l1: '效益指标（20分）',
          l2: '满意度指标（5分）',
          name: '群众安全感满意度',
          target: '≥90%',
          actual: '88%',
          score: 4.5,
        },
      ],
    },
    {
      label: '年度目标2（40分）',
      text: '开展城市管理、环境卫生整治和生活垃圾分类工作。',
      inds: [
        {
          l1: '产出指标（24分）',
          l2: '数量指标（8分）',
          name: '道路清扫保洁面积',
          target: '≥180万平方米',
          actual: '185万平方米',
          score: 8,
        },
        {
          l1: '产出指标（24分）',
          l2: '质量指标（8分）',
          name: '垃圾分类试点社区覆盖率',
          target: '100%',
          actual: '100%',
          score: 8,
        },
        {
          l1: '产出指标（24分）',
          l2: '成本指标（8分）',
          name: '保洁经费',
          target: '≤3200万元',
          actual: '3150万元',
          score: 8,
        },
        {
          l1: '效益指标（16分）',
          l2: '社会效益指标（8分）',
          name: '市容环境',
          target: '明显改善',
          actual: '有所改善',
          score: 6,
        },
        {
          l1: '效益指标（16分）',
          l2: '满意度指标（8分）',
          name: '居民对市容满意度',
          target: '≥90%',
          actual: '92%',
          score: 8,
        },
      ],
    },
  ],
  words: WUHAN_WORDS,
  reason: '群众安全感满意度受个别治安案件影响，较目标低2个百分点；市容环境改善幅度不及预期。',
  measures: '加强治安巡防和网格联动，推进背街小巷长效管护，自评结果用于下年度预算编制。',
});

const wuchangDept = dept({
  title: '2022年度武汉市武昌区水果湖街道办事处整体绩效自评表',
  date: '2023年3月1日',
  unit: '武汉市武昌区水果湖街道办事处',
  basic: '2104.60万元',
  project: '6545.40万元',
  budget: 8650,
  exec: 8304,
  goals: [
    {
      label: '年度目标1（45分）',
      text: '保障辖区民生服务、社区建设和居家养老服务。',
      inds: [
        {
          l1: '产出指标（25分）',
          l2: '数量指标（10分）',
          name: '社区养老服务站数量',
          target: '≥12个',
          actual: '12个',
          score: 10,
        },
        {
          l1: '产出指标（25分）',
          l2: '质量指标（10分）',
          name: '社区服务事项办结率',
          target: '≥98%',
          actual: '99%',
          score: 10,
        },
        {
          l1: '产出指标（25分）',
          l2: '时效指标（5分）',
          name: '养老补贴发放及时率',
          target: '100%',
          actual: '100%',
          score: 5,
        },
        {
          l1: '效益指标（20分）',
          l2: '社会效益指标（10分）',
          name: '居民获得感',
          target: '有效提升',
          actual: '有效提升',
          score: 10,
        },
        {
          l1: '效益指标（20分）',
          l2: '可持续影响指标（5分）',
          name: '社区治理能力',
          target: '持续增强',
          actual: '持续增强',
          score: 5,
        },
        {
          l1: '效益指标（20分）',
          l2: '满意度指标（5分）',
          name: '老年人满意度',
          target: '≥90%',
          actual: '94%',
          score: 5,
        },
      ],
    },
    {
      label: '年度目标2（35分）',
      text: '推进老旧小区改造和辖区环境整治。',
      inds: [
        {
          l1: '产出指标（20分）',
          l2: '数量指标（10分）',
          name: '老旧小区改造个数',
          target: '8个',
          actual: '8个',
          score: 10,
        },
        {
          l1: '产出指标（20分）',
          l2: '质量指标（5分）',
          name: '工程验收合格率',
          target: '100%',
          actual: '100%',
          score: 5,
        },
        {
          l1: '产出指标（20分）',
          l2: '成本指标（5分）',
          name: '改造成本控制',
          target: '≤2400万元',
          actual: '2380万元',
          score: 5,
        },
        {
          l1: '效益指标（15分）',
          l2: '社会效益指标（10分）',
          name: '居住环境',
          target: '明显改善',
          actual: '明显改善',
          score: 10,
        },
        {
          l1: '效益指标（15分）',
          l2: '满意度指标（5分）',
          name: '居民满意度',
          target: '≥90%',
          actual: '91%',
          score: 5,
        },
      ],
    },
  ],
  words: { name: '三级指标', target: '年度指标值', actual: '全年实际值', score: '指标得分' },
  reason: '无',
  measures: '继续完善社区养老服务网络，加强老旧小区改造后的长效管理。',
});

// ---------------------------------------------------------------------------------------------------------------
// the workbooks
// ---------------------------------------------------------------------------------------------------------------

const H = (f: HubeiForm): Form => ({ t: 'hubei', f });
const W = (f: WuhanForm): Form => ({ t: 'wuhan', f });
const D = (f: DeptForm): Form => ({ t: 'dept', f });

function mod<T>(base: T, change: (f: T) => void): T {
  const f = clone(base);
  change(f);
  return f;
}

export const WORKBOOKS: WorkbookSpec[] = [
  {
    file: 'f4-01-yichang-2020.xlsx',
    sheets: [
      {
        name: '公布',
        forms: [{ form: H(mod(yichangBase, (f) => (f.total = 94.5))), faults: [['total', 'total']] }],
      },
      { name: '干净', forms: [{ form: H(yichangBase), faults: [] }] },
      {
        name: '错1',
        forms: [
          {
            form: H(mod(yichangBase, (f) => retotal(Object.assign(f, { fundsScore: 20 })))),
            faults: [['fund-score', 'fundsScore']],
          },
        ],
      },
      {
        name: '错2',
        forms: [
          {
            form: H(mod(yichangBase, (f) => retotal(Object.assign(f, { goalScore: 22 })))),
            faults: [['score-over-max', 'goalScore']],
          },
        ],
      },
    ],
  },
  {
    file: 'f4-02-xiangyang-2021.xlsx',
    sheets: [
      {
        name: '公布',
        forms: [{ form: H(mod(xiangyangBase, (f) => (f.grade = '优'))), faults: [['grade', 'grade']] }],
      },
      { name: '干净', forms: [{ form: H(xiangyangBase), faults: [] }] },
      {
        name: '错1',
        forms: [{ form: H(mod(xiangyangBase, (f) => (f.rate = 0.99))), faults: [['rate', 'rate']] }],
      },
      {
        name: '错2',
        forms: [
          {
            form: H(mod(xiangyangBase, (f) => (f.inds[0].actual = '410公里'))),
            faults: [['missing-reason', 'reason0']],
          },
        ],
      },
    ],
  },
  {
    file: 'f4-03-jingzhou-2022-stacked.xlsx',
    sheets: [
      {
        name: '项目自评表',
        forms: [
          {
            form: H(
              jingzhou('城乡居民养老保险经办经费', 80, 80, [null, null, null, null, [80, 80], null], 18, 57),
            ),
            faults: [],
          },
          {
            form: H(
              jingzhou('社区矫正工作经费', 160, 148, [null, null, [50, 50], null, [100, 98], null], 18, 55),
            ),
            faults: [['fund-sum', 'budget']],
          },
          {
            form: H(
              jingzhou('公共法律服务体系建设经费', 60, 57, [null, null, null, null, [60, 57], null], 18, 62),
            ),
            faults: [['score-over-max', 'indScore']],
          },
        ],
      },
    ],
  },
  {
    file: 'f4-04-huangshi-2023-shifted.xlsx',
    sheets: [
      {
        name: '公布',
        at: [5, 3],
        forms: [{ form: H(huangshiPublished), faults: [['over-budget', 'exec']] }],
      },
      { name: '干净', at: [5, 3], forms: [{ form: H(huangshiClean()), faults: [] }] },
      {
        name: '错1',
        at: [5, 3],
        forms: [{ form: H(mod(huangshiClean(), (f) => (f.grade = '良'))), faults: [['grade', 'grade']] }],
      },
    ],
  },
  {
    file: 'f4-05-qingshan-2021.xlsx',
    sheets: [
      {
        name: '公布',
        forms: [
          {
            form: W(
              mod(qingshanBase, (f) => {
                f.inds[3].l2 = '成本指标（3分）';
                f.inds[3].score = 3;
                wtotal(f);
              }),
            ),
            faults: [['weight-sum', 'l1:产出指标（30分）']],
          },
        ],
      },
      { name: '干净', forms: [{ form: W(qingshanBase), faults: [] }] },
      {
        name: '错1',
        forms: [
          {
            form: W(mod(qingshanBase, (f) => wtotal(Object.assign(f, { fundsScore: 20 })))),
            faults: [['fund-score', 'fundsScore']],
          },
        ],
      },
      {
        name: '错2',
        forms: [
          {
            form: W(
              mod(qingshanBase, (f) => {
                f.inds[7].actual = '85%';
                f.inds[7].score = 4.5;
                f.reason = '';
                wtotal(f);
              }),
            ),
            faults: [['missing-reason', 'reason']],
          },
        ],
      },
    ],
  },
  {
    file: 'f4-06-jianghan-2022-untitled.xlsx',
    sheets: [
      {
        name: '公布',
        forms: [{ form: W(mod(jianghanBase, (f) => (f.headerTotal = 99.5))), faults: [['total', 'total']] }],
      },
      { name: '干净', forms: [{ form: W(jianghanBase), faults: [] }] },
      {
        name: '错1',
        forms: [
          {
            form: W(
              mod(jianghanBase, (f) => {
                f.inds[1].score = 11;
                wtotal(f);
              }),
            ),
            faults: [['score-over-max', 'score1']],
          },
        ],
      },
    ],
  },
  {
    file: 'f4-07-commerce-2020.xlsx',
    sheets: [
      {
        name: '公布',
        forms: [
          {
            form: W(commercePublished),
            faults: [
              ['weight-sum', 'blockLabel'],
              ['total', 'total'],
            ],
          },
        ],
      },
      { name: '干净', forms: [{ form: W(commerceClean()), faults: [] }] },
      {
        name: '错1',
        forms: [
          {
            form: W(
              mod(commerceClean(), (f) => {
                f.exec = 271.55;
                f.rate = 0.95;
              }),
            ),
            faults: [['fund-score', 'fundsScore']],
          },
        ],
      },
      {
        name: '错2',
        forms: [{ form: W(mod(commerceClean(), (f) => (f.totalRow = 95))), faults: [['total', 'total']] }],
      },
    ],
  },
  {
    file: 'f4-08-hongshan-dept-2021.xlsx',
    sheets: [
      {
        name: '公布',
        forms: [
          {
            form: D(
              mod(hongshanDept, (f) => {
                f.goals[1].inds[2].l2 = '成本指标（7分）';
                f.goals[1].inds[2].score = 7;
                dtotal(f);
              }),
            ),
            faults: [['weight-sum', 'g2.l1:产出指标（24分）']],
          },
        ],
      },
      { name: '干净', forms: [{ form: D(hongshanDept), faults: [] }] },
      {
        name: '错1',
        forms: [
          {
            form: D(mod(hongshanDept, (f) => (f.total = round2((f.total as number) - 2)))),
            faults: [['total', 'total']],
          },
        ],
      },
      {
        name: '错2',
        forms: [
          {
            form: D(
              mod(hongshanDept, (f) => {
                f.goals[0].inds[1].score = 6;
                dtotal(f);
              }),
            ),
            faults: [['score-over-max', 'g1.score1']],
          },
        ],
      },
    ],
  },
  {
    file: 'f4-09-wuchang-dept-2022.xlsx',
    sheets: [
      {
        name: '公布',
        forms: [{ form: D(mod(wuchangDept, (f) => (f.rate = 0.992))), faults: [['rate', 'rate']] }],
      },
      { name: '干净', forms: [{ form: D(wuchangDept), faults: [] }] },
      {
        name: '错1',
        forms: [
          {
            form: D(
              mod(wuchangDept, (f) => {
                const g = f.goals[0];
                g.inds.filter((x) => x.l1.startsWith('效益')).forEach((x) => (x.l1 = '效益指标（18分）'));
                g.inds[3].l2 = '社会效益指标（8分）';
                g.inds[3].score = 8;
                dtotal(f);
              }),
            ),
            faults: [['weight-sum', 'goal1']],
          },
        ],
      },
      {
        name: '错2',
        forms: [
          {
            form: D(
              mod(wuchangDept, (f) => {
                f.goals[0].inds[3].actual = '部分提升';
                f.goals[0].inds[3].score = 6;
                f.reason = '';
                dtotal(f);
              }),
            ),
            faults: [['missing-reason', 'reason']],
          },
        ],
      },
    ],
  },
  {
    file: 'f4-10-jinbu-2020.xlsx',
    sheets: [
      { name: '公布', forms: [{ form: W(jinbuPublished), faults: [] }] },
      {
        name: '错1',
        forms: [
          {
            form: W(
              mod(jinbuPublished, (f) => {
                f.inds[3].actual = '85%';
                f.inds[3].score = 18;
                wtotal(f);
              }),
            ),
            faults: [['missing-reason', 'reason']],
          },
        ],
      },
      {
        name: '错2',
        forms: [
          {
            form: W(
              mod(jinbuPublished, (f) => {
                f.exec = 1.6;
                f.rate = rate3(1.56, 1.6);
              }),
            ),
            faults: [['over-budget', 'exec']],
          },
        ],
      },
    ],
  },
];

function huangshiClean(): HubeiForm {
  const f = clone(huangshiPublished);
  f.exec = 119.6;
  f.sub[4] = [80, 79.6];
  f.rate = rate3(f.budget, f.exec);
  f.fundsScore = fundsScoreOf(f.budget, f.exec);
  return retotal(f);
}

// ---------------------------------------------------------------------------------------------------------------

function place(ws: ExcelJS.Worksheet, row: number, col: number, form: Form): Placed {
  if (form.t === 'hubei') return writeHubei(ws, row, col, form.f);
  if (form.t === 'wuhan') return writeWuhan(ws, row, col, form.f);
  return writeDept(ws, row, col, form.f);
}

export async function buildAll(dir: string): Promise<Built[]> {
  const out: Built[] = [];
  for (const spec of WORKBOOKS) {
    const wb = new ExcelJS.Workbook();
    const regions: ExpRegion[] = [];
    const findings: ExpFinding[] = [];
    for (const sh of spec.sheets) {
      const ws = wb.addWorksheet(sh.name);
      for (let c = 1; c <= 12; c++) ws.getColumn(c).width = 14;
      const col = (sh.at ?? [1, 1])[1];
      let row = (sh.at ?? [1, 1])[0];
      sh.forms.forEach((entry, i) => {
        const placed = place(ws, row, col, entry.form);
        regions.push({ sheet: sh.name, kind: placed.kind, range: placed.range });
        for (const [rule, anchor] of entry.faults) {
          const cell = placed.anchors[anchor];
          if (!cell) throw new Error(`${spec.file}/${sh.name}: no anchor ${anchor}`);
          findings.push({ rule, sheet: sh.name, cell });
        }
        const last = Number(/(\d+)$/.exec(placed.range)![1]);
        if (i < sh.forms.length - 1) {
          ws.getCell(last + 2, col).value =
            '注：以上资金数据来源于财政预算管理一体化系统，绩效指标完成情况由项目实施单位填报。';
          row = last + 5;
        }
      });
    }
    const file = path.join(dir, spec.file);
    await wb.xlsx.writeFile(file);
    out.push({ file: spec.file, path: file, regions, findings });
  }
  return out;
}

if (require.main === module) {
  const dir = process.argv[2] ?? path.join(__dirname, 'out');
  void import('fs').then(async (fs) => {
    fs.mkdirSync(dir, { recursive: true });
    const built = await buildAll(dir);
    for (const b of built) console.log(b.file, JSON.stringify({ regions: b.regions, findings: b.findings }));
  });
}
