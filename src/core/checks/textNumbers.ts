import { CellRef } from '../address';
import { CheckContext } from './context';

/** The cells our formulas read (DOMAIN.md §4): funds inputs and every score and weight. */
export function formulaInputs(ctx: CheckContext): CellRef[] {
  const r = ctx.region;
  const refs: (CellRef | undefined)[] = [r.funds?.total.budget, r.funds?.total.actual, r.funds?.total.weight];
  refs.push(r.funds?.total.score, r.goal?.score?.ref, r.indicatorBlock?.score?.ref);
  for (const ind of r.indicators) refs.push(ind.weight, ind.score);
  return refs.filter((x): x is CellRef => !!x);
}

/** number-as-text: a pure number typed as text, in a cell a formula will read (as Excel's own check). */
export function checkTextNumbers(ctx: CheckContext): void {
  for (const ref of formulaInputs(ctx)) {
    const p = ctx.read(ref);
    if (p.kind !== 'number' || !p.fromText || !p.pureNumericText) continue;
    ctx.report(
      'number-as-text',
      ref,
      '数字以文本形式存储，公式无法把它当作数字计算',
      'Number stored as text; formulas will not read it as a number',
    );
  }
}
