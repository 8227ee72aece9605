import type { FixtureTable } from '../fixtures/format';
import { shown, VariantDraft } from './variantDraft';

/**
 * Tables that share words with self-evaluation forms but are not regions: a budget execution summary whose
 * header reads 预算数 | 执行数 | 执行率 (the funds header of a form), and a block of notes.
 */

/** A 部门预算执行情况表: 项目 | 预算数 | 执行数 | 执行率 | 备注, with a 合计 row. */
export function budgetExecutionSummary(id = 'decoy-budget-execution'): FixtureTable {
  const d = new VariantDraft(5);
  d.span(d.addRow(['2020年部门预算执行情况表']), 0, 4);
  d.addRow([null, null, null, null, '单位：万元']);
  d.addRow(['项目', '预算数', '执行数', '执行率', '备注']);
  const lines: [string, number, number][] = [
    ['基本支出', 520.3, 518.9],
    ['项目支出', 1543.78, 1498.2],
    ['其中：城市管理支出', 150, 150],
  ];
  for (const [label, budget, actual] of lines)
    d.addRow([label, budget, actual, shown(actual / budget, '0.00%'), null]);
  d.addRow(['合计', 2064.08, 2017.1, shown(2017.1 / 2064.08, '0.00%'), null]);
  return d.table(id, null, []);
}

/** Notes printed under a form, each paragraph merged across `width` columns. */
export function notes(width: number, id = `decoy-notes-${width}`): FixtureTable {
  const d = new VariantDraft(width);
  for (const text of [
    '注：1.预算执行率按全年执行数除以全年预算数计算。',
    '2.得分一档为满分，未完成的按比例扣分。',
  ])
    d.span(d.addRow([text]), 0, width - 1);
  return d.table(id, null, []);
}

/** The signature line printed under a form: 单位负责人 / 填表人 / 联系电话. */
export function footer(width: number, id = `decoy-footer-${width}`): FixtureTable {
  const d = new VariantDraft(width);
  d.addRow(['单位负责人：', '李明', null, '填表人：', '王芳', '联系电话：', '12345678'].slice(0, width));
  return d.table(id, null, []);
}
