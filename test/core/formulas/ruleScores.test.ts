import { planFormulas } from '../../../src/core/formulas';
import { detectRegions } from '../../../src/core/detect';
import { Grid } from '../../../src/core/grid';
import { presetById } from '../../../src/core/presets';
import { snapshotOfSheet } from '../../support/fixtureSnapshot';
import { ADJUSTED_FORM } from '../layouts/cases/adjusted';
import { GENERIC_FORM } from '../layouts/cases/generic';
import { SparseCells, SparseForm, sparseTable } from '../layouts/cases/sparseTable';

const national = presetById('national-2020');

function plan(form: SparseForm, edits: SparseCells, ruleScores: boolean, preset = national) {
  const grid = new Grid(
    snapshotOfSheet({ name: 'S', tables: [{ table: sparseTable('x', '', form, edits), row: 0, col: 0 }] }),
  );
  const [region] = detectRegions(grid);
  return planFormulas(grid, region, preset, { ruleScores });
}

const scores = (p: ReturnType<typeof plan>) =>
  p.items
    .filter((i) => i.role === 'indicator-score')
    .map((i) => `${String.fromCharCode(65 + i.col)}${i.row + 1} ${i.formula} ${i.computed} ${i.status}`);

describe('建议得分: the scoring rule written as formulas (写入公式, fix --rule-scores)', () => {
  test('only when asked', () => {
    expect(scores(plan(ADJUSTED_FORM, {}, false))).toEqual([]);
  });

  test('split targets read by reference; met targets earn their points; a typed 29 above 28.5 is a conflict', () => {
    const p = plan(ADJUSTED_FORM, { I14: 114, J14: 29, J20: 98.5, K14: '部分对象期满。' }, true);
    expect(scores(p)).toEqual([
      'J14 =ROUND(H14*MIN(1,I14/F14),2) 28.5 conflict',
      'J15 =ROUND(H15*MIN(1,F15/I15),2) 20 write',
      'J19 =ROUND(H19*MIN(1,I19/F19),2) 20 write',
    ]);
    // the total reads the scores as they will be: the typed 29 is kept unless ticked
    expect(p.items.find((i) => i.role === 'total')?.computed).toBe(98.5);
  });

  test('text targets and actuals: the numbers read from them', () => {
    const p = plan(GENERIC_FORM, { E5: '480人次', G5: 39, G10: 99, B3: 99 }, true);
    expect(scores(p)[0]).toBe('G5 =ROUND(F5*MIN(1,480/500),2) 38.4 conflict');
  });

  test('negative targets scored linearly when the preset says so', () => {
    const linear = {
      ...national,
      scoringRule: { negative: 'linear' as const, bands: { achieved: 0.8, partly: 0.6 } },
    };
    const p = plan(ADJUSTED_FORM, { I15: 1.5, J15: 15, J20: 94.5, K15: '个别对象重新违法。' }, true, linear);
    expect(scores(p)).toContain('J15 =ROUND(H15*MAX(0,MIN(1,1-(I15-F15)/F15)),2) 10 conflict');
  });

  test('a preset without a scoring rule plans none', () => {
    expect(scores(plan(ADJUSTED_FORM, {}, true, { ...national, scoringRule: null }))).toEqual([]);
  });
});
