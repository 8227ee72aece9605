import { planTextToNumbers } from '../formulas/textNumbers';
import { CheckContext } from './context';

/**
 * number-as-text: a pure number typed as text (as Excel's own check), in a cell one of the formulas we write
 * (DOMAIN.md §4) reads and does not itself replace — exactly the cells 写入公式 offers to convert first.
 */
export function checkTextNumbers(ctx: CheckContext): void {
  for (const item of planTextToNumbers(ctx.grid, ctx.region)) {
    ctx.report(
      'number-as-text',
      { row: item.row, col: item.col },
      '数字以文本形式存储，公式无法把它当作数字计算',
      'Number stored as text; formulas will not read it as a number',
    );
  }
}
