import * as path from 'path';
import { FormSpec, Indicator, Placed, nationalSpec, pct, writeBook } from './forms';

/**
 * The structural cases. Each case writes two workbooks: `<id>-clean.xlsx` (no finding) and
 * `<id>-fault.xlsx` (one planted fault at a known cell). Expectations live in structure6.test.ts.
 */

type SheetForms = { name: string; forms: { spec: FormSpec; row: number; col: number }[] }[];

export interface Case {
  id: string;
  what: string;
  sheets(fault: boolean): SheetForms;
}

const one = (spec: FormSpec, row = 1, col = 1): SheetForms => [
  { name: '自评表', forms: [{ spec, row, col }] },
];

function setInd(spec: FormSpec, i: number, patch: Partial<Indicator>): void {
  const list = spec.indicators as Indicator[];
  list[i] = { ...list[i], ...patch };
}

export const CASES: Case[] = [
  {
    id: 's01-no-erji',
    what: '一级指标 | 三级指标 without a 二级 column; fault: 覆盖社区个数 得分 10.5 of 10',
    sheets(fault) {
      const s = nationalSpec();
      s.columns = s.columns.filter((c) => c.role !== 'l2');
      if (fault) {
        setInd(s, 1, { score: 10.5 });
        s.totalScore = 100;
      }
      return one(s);
    },
  },
  {
    id: 's02-single-indicator-col',
    what: 'one 指标名称 column (no 一级/二级), 年度指标值/实际完成值/分值/得分/偏差原因; fault: unexplained shortfall',
    sheets(fault) {
      const s = nationalSpec();
      s.columns = [
        { role: 'name', header: '指标名称', span: 2 },
        { role: 'target', header: '年度指标值' },
        { role: 'actual', header: '实际完成值' },
        { role: 'weight', header: '分值' },
        { role: 'score', header: '得分' },
        { role: 'reason', header: '偏差原因' },
      ];
      if (fault) {
        setInd(s, 2, { actual: '90%', score: 14.21 });
        s.totalScore = 98.71;
      }
      return one(s);
    },
  },
  {
    id: 's03-header-synonyms',
    what: 'headers 一级指标名称/二级指标名称/三级指标名称, 分值（分）, 得分（分）; fault: 12 of 15 with no reason',
    sheets(fault) {
      const s = nationalSpec();
      const h: Record<string, string> = {
        l1: '一级指标名称',
        l2: '二级指标名称',
        name: '三级指标名称',
        weight: '分值（分）',
        score: '得分（分）',
      };
      s.columns = s.columns.map((c) => ({ ...c, header: h[c.role] ?? c.header }));
      if (fault) {
        setInd(s, 4, { score: 12 });
        s.totalScore = 96.5;
      }
      return one(s);
    },
  },
  {
    id: 's04-funds-below',
    what: 'funds block below the indicator table, 总分 row last; fault: funds 得分 9 for 95%',
    sheets(fault) {
      const s = nationalSpec();
      s.fundsBelow = true;
      if (fault) {
        s.funds[0].score = 9;
        s.totalScore = 99;
      }
      return one(s);
    },
  },
  {
    id: 's05-funds-total-last',
    what: 'funds rows 当年财政拨款/上年结转资金/其他资金 then 合计 (with 分值/执行率/得分); fault: sub-row 执行数 70',
    sheets(fault) {
      const s = nationalSpec();
      const [total, a, b, c] = s.funds;
      s.funds = [{ ...a, label: '当年财政拨款' }, b, c, { ...total, label: '合计' }];
      if (fault) s.funds[0].actual = 70;
      return one(s);
    },
  },
  {
    id: 's06-two-row-funds-header',
    what: '资金情况（万元） over 年初预算数/全年预算数/全年执行数, 分值/执行率/得分 merged down; fault: 执行率 90%',
    sheets(fault) {
      const s = nationalSpec();
      s.fundsTwoRowHeader = true;
      if (fault) s.funds[0].rate = pct(0.9);
      return one(s);
    },
  },
  {
    id: 's07-l1-every-row-blank-row',
    what: '一级 written on every row, 二级 merged over two rows, an empty row between 产出 and 效益; fault: blank 实际完成值',
    sheets(fault) {
      const s = nationalSpec();
      s.l1EveryRow = true;
      s.blankRowAfterL1 = ['产出指标'];
      if (fault) setInd(s, 5, { actual: null });
      return one(s);
    },
  },
  {
    id: 's08-merged-weight',
    what: '数量指标 分值 25 merged over its two rows, per-row 得分 15 + 10; fault: 满意度 weight 8 (column 98 ≠ 100)',
    sheets(fault) {
      const s = nationalSpec();
      s.mergeWeightL2 = ['数量指标'];
      setInd(s, 0, { weight: 25 });
      if (fault) {
        setInd(s, 6, { weight: 8, score: 8 });
        s.totalScore = 97.5;
      }
      return one(s);
    },
  },
  {
    id: 's09-text-units',
    what: 'scores `15分`, weights `10分`, targets `≥95.0%`, actuals `97.00%` as text; fault: 90.00% of ≥95.0% given 15分',
    sheets(fault) {
      const s = nationalSpec();
      s.funds[0].weight = '10分';
      s.funds[0].score = '9.5分';
      s.indicators = (s.indicators as Indicator[]).map((ind) => ({
        ...ind,
        weight: `${String(ind.weight)}分`,
        score: `${String(ind.score)}分`,
      }));
      setInd(s, 2, { target: '≥95.0%', actual: '97.00%' });
      setInd(s, 6, { target: '≥90.0%', actual: '95.00%' });
      if (fault) setInd(s, 2, { actual: '90.00%', reason: '部分学员因病缺考，下年度组织补考' });
      return one(s);
    },
  },
  {
    id: 's10-title-blank-row',
    what: 'title, an empty row, then the form; fault: 450 of ≥500人次 scored 14 (rule allows 13.5), reason given',
    sheets(fault) {
      const s = nationalSpec();
      s.yearLine = null;
      s.blankAfterTitle = true;
      if (fault) {
        setInd(s, 0, { actual: '450人次', score: 14, reason: '部分社区活动因场地原因延期' });
        s.totalScore = 98.5;
      }
      return one(s);
    },
  },
  {
    id: 's11-side-by-side-no-gap',
    what: 'two titled forms side by side, A:I and J:R, no empty column between; fault (right form): 执行数 105 > 100',
    sheets(fault) {
      const left = nationalSpec();
      const right = nationalSpec();
      right.name = '社区矫正工作经费';
      if (fault) {
        right.funds[0] = { ...right.funds[0], actual: 105, rate: pct(1.05), score: 10 };
        right.funds[1].actual = 84;
        right.funds[2].actual = 21;
        right.totalScore = 100;
      }
      return [
        {
          name: '自评表',
          forms: [
            { spec: left, row: 1, col: 1 },
            { spec: right, row: 1, col: 10 },
          ],
        },
      ];
    },
  },
  {
    id: 's12-total-spaced',
    what: 'total row labelled `总 分`; fault: total 98.5 (parts give 99.5)',
    sheets(fault) {
      const s = nationalSpec();
      s.totalLabel = '总 分';
      if (fault) s.totalScore = 98.5;
      return one(s);
    },
  },
  {
    id: 's13-heji-spaced',
    what: 'total row labelled `合 计`; fault: declared 分值 total 90 (10 + 90 = 100)',
    sheets(fault) {
      const s = nationalSpec();
      s.totalLabel = '合 计';
      if (fault) s.totalWeight = 90;
      return one(s);
    },
  },
  {
    id: 's14-zipingdefen-bottom',
    what: 'closing row `自评得分` instead of 总分; fault: its score left empty',
    sheets(fault) {
      const s = nationalSpec();
      s.totalLabel = '自评得分';
      if (fault) s.totalScore = null;
      return one(s);
    },
  },
  {
    id: 's15-department-goals-national',
    what: '部门整体支出绩效自评表 with 年度目标N（X分） blocks over national columns (分值 per row); fault: unexplained shortfall',
    sheets(fault) {
      const g1: Indicator[] = [
        {
          l1: '产出指标',
          l2: '数量指标',
          name: '普法宣传活动场次',
          target: '≥40场',
          actual: '45场',
          weight: 10,
          score: 10,
        },
        {
          l1: '产出指标',
          l2: '数量指标',
          name: '发放宣传资料份数',
          target: '≥10000份',
          actual: '12000份',
          weight: 10,
          score: 10,
        },
        {
          l1: '产出指标',
          l2: '质量指标',
          name: '普法考试参考率',
          target: '≥95%',
          actual: '98%',
          weight: 10,
          score: 10,
        },
        {
          l1: '效益指标',
          l2: '社会效益指标',
          name: '群众法治意识',
          target: '逐步提高',
          actual: '明显提高',
          weight: 10,
          score: 10,
        },
        {
          l1: '效益指标',
          l2: '可持续影响指标',
          name: '普法长效机制',
          target: '建立',
          actual: '已建立',
          weight: 10,
          score: 10,
        },
      ];
      const g2: Indicator[] = [
        {
          l1: '产出指标',
          l2: '数量指标',
          name: '调解矛盾纠纷件数',
          target: '≥300件',
          actual: '320件',
          weight: 10,
          score: 10,
        },
        {
          l1: '产出指标',
          l2: '质量指标',
          name: '调解成功率',
          target: '≥95%',
          actual: '96%',
          weight: 10,
          score: 10,
        },
        {
          l1: '效益指标',
          l2: '社会效益指标',
          name: '信访案件下降率',
          target: '≥5%',
          actual: '6%',
          weight: 10,
          score: 10,
        },
        {
          l1: '满意度指标',
          l2: '服务对象满意度指标',
          name: '群众满意度',
          target: '≥90%',
          actual: '93%',
          weight: 10,
          score: 10,
        },
      ];
      if (fault) g2[1] = { ...g2[1], actual: '90%', score: 9.47 };
      const s: FormSpec = {
        ...nationalSpec(),
        title: '部门整体支出绩效自评表',
        nameLabel: '部门（单位）名称',
        name: 'XX区司法局',
        fundsLabel: '年度资金（万元）',
        funds: [
          {
            label: '年度资金总额',
            init: 500,
            budget: 520,
            actual: 494,
            weight: 10,
            rate: pct(0.95),
            score: 9.5,
          },
          { label: '基本支出', init: 300, budget: 300, actual: 300 },
          { label: '项目支出', init: 200, budget: 220, actual: 194 },
        ],
        overallGoal: false,
        indicators: undefined,
        goals: [
          { label: '年度目标1（50分）：全面推进法治宣传教育', blockLabel: '年度绩效指标1', indicators: g1 },
          { label: '年度目标2（40分）：做好矛盾纠纷排查化解', blockLabel: '年度绩效指标2', indicators: g2 },
        ],
        totalScore: fault ? 98.97 : 99.5,
      };
      return one(s);
    },
  },
  {
    id: 's16-untitled',
    what: 'no title: the form starts at 项目名称 in row 3 (rows 1–2 empty); fault: 年初预算数 total 110 vs 80 + 20 + 0',
    sheets(fault) {
      const s = nationalSpec();
      s.title = null;
      s.yearLine = null;
      if (fault) s.funds[0].init = 110;
      return one(s, 3, 1);
    },
  },
];

export async function buildAll(dir: string): Promise<Record<string, Record<string, Placed[]>>> {
  const out: Record<string, Record<string, Placed[]>> = {};
  for (const c of CASES) {
    for (const fault of [false, true]) {
      const name = `${c.id}-${fault ? 'fault' : 'clean'}.xlsx`;
      out[name] = await writeBook(path.join(dir, name), c.sheets(fault));
    }
  }
  return out;
}
