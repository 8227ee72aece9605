import { rangeContains, rangesOverlap, refToA1 } from '../../../src/core/address';
import { runChecks } from '../../../src/core/checks';
import { detectRegions } from '../../../src/core/detect';
import { planFormulas, toEditPlan } from '../../../src/core/formulas';
import { Grid } from '../../../src/core/grid';
import { presetById } from '../../../src/core/presets';
import { TemplateSpec } from '../../../src/core/templateSpec';
import {
  buildTemplate,
  buildTemplateForm,
  listTemplates,
  templateToSnapshot,
} from '../../../src/core/templates';
import { applyToSnapshot, regionOnSheet, sampleFill } from './sampleFill';

const preset = presetById('national-2020');
const ORIGIN = { row: 0, col: 0 };
const ids = listTemplates().map((t) => t.id);

/** Functions every host evaluates the same (no IFS, LET, TEXTJOIN, XLOOKUP). */
const ALLOWED = new Set(['IF', 'N', 'ROUND', 'MIN', 'SUM', 'IFERROR', 'MID', 'FIND', 'AND', 'ISNUMBER']);
const functionsIn = (formula: string) =>
  [...formula.replace(/"[^"]*"/g, '').matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);

function built(id: string, anchor = ORIGIN) {
  const b = buildTemplateForm(id, anchor, preset);
  if (!b) throw new Error(`no template ${id}`);
  return b;
}

describe('template catalogue', () => {
  it('lists at least the four required forms with names in both languages', () => {
    const list = listTemplates();
    expect(list.length).toBeGreaterThanOrEqual(4);
    expect(new Set(ids).size).toBe(ids.length);
    expect(list.map((t) => [t.id, t.kind, t.layout])).toEqual(
      expect.arrayContaining([
        ['national', 'project', 'national'],
        ['hubei2019', 'project', 'hubei2019'],
        ['department', 'department', 'department'],
        ['target', 'target', 'target'],
      ]),
    );
    for (const t of list) {
      expect(t.name).toMatch(/[\u4e00-\u9fff]/);
      expect(t.nameEn).toMatch(/^[A-Za-z]/);
    }
    expect(buildTemplate('no-such-form', ORIGIN, preset)).toBeUndefined();
  });

  it.each(ids)('%s: cells inside its range, merges disjoint, a bold 18pt title, borders and widths', (id) => {
    const { spec } = built(id);
    for (const c of spec.cells) expect(rangeContains(spec.range, c.row, c.col)).toBe(true);
    for (const [i, a] of spec.merges.entries()) {
      expect(rangeContains(spec.range, a.bottom, a.right)).toBe(true);
      for (const b of spec.merges.slice(i + 1)) expect(rangesOverlap(a, b)).toBe(false);
    }
    const title = spec.cells.find((c) => c.row === spec.range.top && c.col === spec.range.left);
    expect(title).toMatchObject({ bold: true, fontSize: 18 });
    expect(spec.borders.length).toBeGreaterThan(0);
    expect(spec.columnWidths).toHaveLength(spec.range.right - spec.range.left + 1);
    expect(spec.print).toMatchObject({ paper: 'A4', fitToWidth: true });
    for (const h of spec.rowHeights ?? [])
      expect(rangeContains(spec.range, h.row, spec.range.left)).toBe(true);
  });

  it.each(ids)('%s: validations and a red mark for scores above their points', (id) => {
    const { spec } = built(id);
    const decimals = spec.validations.filter((v) => v.type === 'decimal');
    expect(decimals.length).toBeGreaterThan(0);
    for (const v of decimals) if (v.type === 'decimal') expect(v.min).toBe(0);
    if (id !== 'department' && id !== 'wuhan2020') {
      const lists = spec.validations.filter((v) => v.type === 'list');
      // the 一级 and 二级 choices first; the adjusted form adds its 指标性质 operators
      const firsts = lists.map((v) => (v.type === 'list' ? v.values[0] : ''));
      expect(firsts.slice(0, 2)).toEqual(['产出指标', '数量指标']);
      expect(firsts.slice(2)).toEqual(id === 'adjusted' ? ['≥'] : []);
    }
    expect(spec.conditionalFormats.length).toBeGreaterThan(0);
    for (const cf of spec.conditionalFormats) {
      expect(cf.fill).toBe('#FFC7CE');
      for (const f of functionsIn(cf.formula)) expect(ALLOWED).toContain(f);
    }
  });

  it.each(ids)(
    '%s: its formulas are exactly what the planner writes, using only portable functions',
    (id) => {
      const { spec, region } = built(id);
      const grid = new Grid(templateToSnapshot(spec));
      const plan = planFormulas(grid, region, preset);
      expect(plan.items.every((i) => i.status === 'unchanged')).toBe(true);
      const formulaCells = spec.cells.filter((c) => c.formula);
      expect(formulaCells.map((c) => refToA1(c)).sort()).toEqual(plan.items.map((i) => refToA1(i)).sort());
      for (const c of formulaCells)
        for (const f of functionsIn(c.formula ?? '')) expect(ALLOWED).toContain(f);
    },
  );

  it('national: the 财预〔2020〕10号 rows, default weights 10/50/30/10 and the four formulas', () => {
    const { spec } = built('national');
    const text = (a1: string) => spec.cells.find((c) => refToA1(c) === a1)?.value;
    expect(text('A5')).toBe('项目资金（万元）');
    expect(['C5', 'D5', 'E5', 'F5', 'G5', 'H5'].map(text)).toEqual([
      '年初预算数',
      '全年预算数',
      '全年执行数',
      '分值',
      '执行率',
      '得分',
    ]);
    expect(['B6', 'B7', 'B8', 'B9'].map(text)).toEqual([
      '年度资金总额',
      '其中：当年财政拨款',
      '上年结转资金',
      '其他资金',
    ]);
    expect(text('F6')).toBe(10);
    expect(['B13', 'B17', 'B21'].map(text)).toEqual(['产出指标', '效益指标', '满意度指标']);
    const weights = (from: number, to: number) =>
      spec.cells
        .filter((c) => c.col === 6 && c.row >= from && c.row <= to)
        .reduce((s, c) => s + Number(c.value), 0);
    expect([weights(12, 15), weights(16, 19), weights(20, 20)]).toEqual([50, 30, 10]);
    const formulas = Object.fromEntries(
      spec.cells.filter((c) => c.formula).map((c) => [refToA1(c), c.formula]),
    );
    expect(formulas).toEqual({
      G6: '=IF(N(D6)=0,"",E6/D6)',
      H6: '=IF(G6="","",ROUND(F6*MIN(G6,1),2))',
      G22: '=N(F6)+SUM(G13:G21)',
      H22: '=ROUND(N(H6)+SUM(H13:H21),2)',
    });
    // a blank form already shows its 100 points and a 0 total, not an error
    expect(spec.cells.find((c) => refToA1(c) === 'G22')?.value).toBe(100);
    expect(spec.cells.find((c) => refToA1(c) === 'H22')?.value).toBe(0);
  });

  it('places everything relative to the anchor', () => {
    const at = buildTemplate('national', { row: 4, col: 2 }, preset) as TemplateSpec;
    const origin = buildTemplate('national', ORIGIN, preset) as TemplateSpec;
    expect(at.range).toEqual({
      top: 4,
      left: 2,
      bottom: origin.range.bottom + 4,
      right: origin.range.right + 2,
    });
    const rate = at.cells.find((c) => c.formula?.includes('/'));
    expect(rate && refToA1(rate)).toBe('I10');
    expect(rate?.formula).toBe('=IF(N(F10)=0,"",G10/F10)');
    expect(at.conditionalFormats[0].formula).toBe('=AND(ISNUMBER(J10),J10>H10)');
  });

  it.each(ids)('%s: detection finds the blank form as one region of its kind and layout', (id) => {
    const { spec, region } = built(id);
    const regions = detectRegions(new Grid(templateToSnapshot(spec, 'T')));
    expect(regions.map((r) => [r.kind, r.layout, r.range.top])).toEqual([
      [region.kind, region.layout, region.range.top],
    ]);
    // so that 写入公式 on a form nobody has filled yet finds the cells the template computes
    expect(regions[0].total).toEqual(region.total);
    expect(regions[0].grade).toEqual(region.grade);
    expect(regions[0].funds?.total.rate).toEqual(region.funds?.total.rate);
    expect(regions[0].funds?.total.score).toEqual(region.funds?.total.score);
  });

  /** Types the sample into the template and recalculates, as Excel or WPS would while a person types. */
  function filledAndRecalculated(id: string) {
    const b = built(id);
    const fill = sampleFill(b, 'T');
    const typed = new Grid(applyToSnapshot(templateToSnapshot(b.spec, 'T'), fill.edits));
    const recalc = planFormulas(typed, regionOnSheet(b.region, 'T'), preset);
    expect(recalc.items.every((i) => i.status !== 'conflict')).toBe(true);
    const grid = new Grid(applyToSnapshot(typed.snapshot, toEditPlan(recalc).edits));
    return { b, fill, grid };
  }

  it.each(ids)('%s: filled in, detection reads its computed cells where the template put them', (id) => {
    const { b, grid } = filledAndRecalculated(id);
    const [found] = detectRegions(grid);
    const { region } = b;
    expect(found.total).toEqual(region.total);
    expect(found.grade).toEqual(region.grade);
    expect(found.funds?.total.rate).toEqual(region.funds?.total.rate);
    expect(found.funds?.total.score).toEqual(region.funds?.total.score);
    expect(found.indicators.map((i) => i.score ?? null)).toEqual(
      region.indicators.map((i) => i.score ?? null),
    );
  });

  it.each(ids)('%s: filled with sample numbers, it checks clean and totals right', (id) => {
    const { fill, grid } = filledAndRecalculated(id);
    const regions = detectRegions(grid);
    expect(regions).toHaveLength(1);
    expect(runChecks(grid, regions, preset)).toEqual([]);
    // planning again on the detected region finds every formula in place with its value
    const plan = planFormulas(grid, regions[0], preset);
    expect(plan.items.map((i) => i.status).filter((s) => s !== 'unchanged')).toEqual([]);
    expect(plan.items.find((i) => i.role === 'total')?.computed ?? null).toBe(fill.expectedTotal);
    expect(plan.items.find((i) => i.role === 'grade')?.computed ?? null).toBe(fill.expectedGrade);
  });
});
