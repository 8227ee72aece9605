import { FundsBlock } from '../model';
import { HEADING, LABEL, MONEY, SCORE, SheetBuilder } from './sheetBuilder';

/**
 * 预算执行情况（万元）（N分） of the wuhan2020 and department forms, two rows from relative row `top`: label A,
 * then one total row `totalLabel` B with 预算数（A） C, 执行数（B） D, 执行率 E and 得分 F:`last`.
 */
export function budgetExecution(
  b: SheetBuilder,
  top: number,
  last: number,
  totalLabel: string,
  points: number,
): FundsBlock {
  b.span(top, 0, top + 1, 0, `预算执行情况（万元）（${points}分）`, LABEL);
  b.set(top, 1, null, LABEL);
  b.set(top, 2, '预算数（A）', HEADING);
  b.set(top, 3, '执行数（B）', HEADING);
  b.set(top, 4, '执行率（B/A）', HEADING);
  b.span(top, 5, top, last, `得分（${points}分*执行率）`, HEADING);
  b.height(top, 30);
  const r = top + 1;
  b.set(r, 1, totalLabel, LABEL);
  b.set(r, 2, null, MONEY);
  b.set(r, 3, null, MONEY);
  b.set(r, 4, null, { ...SCORE, numberFormat: '0.00%' });
  b.span(r, 5, r, last, null, SCORE);
  const total = {
    label: totalLabel,
    row: b.at(r, 0).row,
    budget: b.at(r, 2),
    actual: b.at(r, 3),
    rate: b.at(r, 4),
    score: b.at(r, 5),
  };
  return { labelCell: b.at(top, 0), total, parts: [], maxPoints: points };
}
