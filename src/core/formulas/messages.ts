import { toA1 } from '../address';
import { CellValue, isErrorValue } from '../grid';
import { roleNameEn, roleNameZh } from './targets';
import { FormulaItem } from './types';

/** A value as the pane and the CLI show it: rates as percents, scores to two decimals at most. */
export function showValue(v: CellValue, role: FormulaItem['role'], lang: 'zh' | 'en'): string {
  if (v === null || v === '') return lang === 'zh' ? '（空）' : '(empty)';
  if (typeof v === 'number') {
    if (role === 'rate') return `${Number((v * 100).toFixed(2))}%`;
    return String(Number(v.toFixed(4)));
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return `“${v}”`;
}

type ItemCore = Pick<FormulaItem, 'row' | 'col' | 'role' | 'formula' | 'computed' | 'current' | 'status'>;

/** What the pane says about one planned cell, in Chinese and English. */
export function itemMessages(item: ItemCore): { messageZh: string; messageEn: string } {
  const at = toA1(item.row, item.col);
  const zhRole = roleNameZh(item.role);
  const enRole = roleNameEn(item.role);
  const zhResult = showValue(item.computed, item.role, 'zh');
  const enResult = showValue(item.computed, item.role, 'en');
  const zhOld = showValue(item.current.value, item.role, 'zh');
  const enOld = showValue(item.current.value, item.role, 'en');
  const errorNoteZh = isErrorValue(item.computed) ? '（结果为错误值：请检查它引用的单元格）' : '';
  const errorNoteEn = isErrorValue(item.computed) ? ' (an error value: check the cells it reads)' : '';
  switch (item.status) {
    case 'unchanged':
      return {
        messageZh: `${at} ${zhRole}已是公式 ${item.formula}（${zhResult}），无需修改。`,
        messageEn: `${at} ${enRole} already holds ${item.formula} (${enResult}); nothing to change.`,
      };
    case 'conflict':
      return {
        messageZh: `${at} ${zhRole}现为 ${zhOld}，公式 ${item.formula} 的结果为 ${zhResult}${errorNoteZh}，两者不一致：未写入，核对后可强制写入。`,
        messageEn: `${at} ${enRole} reads ${enOld} but ${item.formula} gives ${enResult}${errorNoteEn}: left as is; force to overwrite after checking.`,
      };
    case 'write': {
      const stale = item.current.formula !== null && item.current.formula !== undefined;
      const fromZh =
        item.current.value === null ? '' : `（原为 ${stale ? '公式 ' + item.current.formula : zhOld}）`;
      const fromEn =
        item.current.value === null ? '' : ` (was ${stale ? 'formula ' + item.current.formula : enOld})`;
      return {
        messageZh: `${at} 写入${zhRole}公式 ${item.formula}，结果 ${zhResult}${errorNoteZh}${fromZh}。`,
        messageEn: `${at} writes the ${enRole} formula ${item.formula} = ${enResult}${errorNoteEn}${fromEn}.`,
      };
    }
  }
}
