import { analyzeSheet } from '../../src/core/analyze';
import { makeFinding } from '../../src/core/findings';
import { snapshotFromRows, SheetSnapshot } from '../../src/core/grid';
import { presetById } from '../../src/core/presets';
import { buildTemplate } from '../../src/core/templates';
import { HostError } from '../../src/hosts/host';
import * as ribbon from '../../src/commands/actions';
import { translate } from '../../src/taskpane/i18n';
import { cellKey } from '../../src/taskpane/model/cellKey';
import {
  cellsBehindPlans,
  formulaEditPlan,
  NO_CHOICES,
  planWorkbookFormulas,
  previewRegion,
} from '../../src/taskpane/model/formulaPreview';
import {
  clearMarksPlan,
  FillsUnknownError,
  HIGHLIGHT_FILLS,
  markPlan,
  parseHighlightRecord,
} from '../../src/taskpane/model/highlights';
import { paneErrorOf } from '../../src/taskpane/model/paneError';
import { SheetResult } from '../../src/taskpane/model/sheetResult';
import { areaOccupied } from '../../src/core/areaOccupied';
import { templateSheetName } from '../../src/core/templates/sheetName';
import { templateUndoPlan } from '../../src/taskpane/model/templatePlacement';
import { PRESET_SETTING } from '../../src/taskpane/hooks/usePreset';
import { seed003Tables } from '../fixtures/tables/seed003';
import { nationalTextFunds } from '../fixtures/tables/variants';
import { snapshotOfSheet } from '../support/fixtureSnapshot';

const national = presetById('national-2020');

function checked(snapshot: SheetSnapshot): SheetResult {
  return { snapshot, analysis: analyzeSheet(snapshot) };
}

/** seed 003 平安建设: 执行率 100% typed over a 全年预算数 of 0 (G6 conflicts with the formula's blank). */
const pingan = () =>
  checked(snapshotOfSheet({ name: '平安', tables: [{ table: seed003Tables[1], row: 0, col: 0 }] }));
const textFunds = () =>
  checked(snapshotOfSheet({ name: '文本', tables: [{ table: nationalTextFunds, row: 0, col: 0 }] }));

describe('formula preview', () => {
  test('a conflict is left alone unless ticked, and a tick feeds the formula value to the cells after it', () => {
    const [region] = planWorkbookFormulas([pingan()], national);
    const untouched = previewRegion(region, NO_CHOICES);
    const g6 = untouched.items.find((i) => i.item.row === 5 && i.item.col === 6)!;
    expect(g6.item.status).toBe('conflict');
    expect(g6.written).toBe(false);
    expect(g6.item.current.value).toBe(1);
    expect(g6.item.computed).toBe('');
    // H6 reads G6: with G6 left as typed (100%) the funds score is 10.
    const h6 = untouched.items.find((i) => i.item.row === 5 && i.item.col === 7)!;
    expect(h6.item.computed).toBe(10);
    expect(formulaEditPlan([untouched], false).edits.map((e) => `${e.row},${e.col}`)).not.toContain('5,6');

    const ticked = previewRegion(region, { overwrite: new Set([cellKey('平安', 5, 6)]), convertText: false });
    expect(ticked.items.find((i) => i.key === g6.key)!.written).toBe(true);
    // With G6 blank the funds score formula gives blank too.
    expect(ticked.items.find((i) => i.key === h6.key)!.item.computed).toBe('');
    const edits = formulaEditPlan([ticked], false).edits;
    expect(edits.find((e) => e.row === 5 && e.col === 6)).toMatchObject({ formula: '=IF(N(D6)=0,"",E6/D6)' });
  });

  test('converting text numbers is part of the plan only when confirmed, and can resolve a conflict', () => {
    const [region] = planWorkbookFormulas([textFunds()], national);
    expect(region.plan.textNumbers.map((t) => t.text)).toEqual(['11.7', ' 11.70']);
    const without = previewRegion(region, NO_CHOICES);
    expect(without.items.find((i) => i.item.role === 'rate')!.item.status).toBe('conflict');
    expect(formulaEditPlan([without], false).edits.some((e) => e.formula === undefined)).toBe(false);

    const converted = previewRegion(region, { overwrite: new Set(), convertText: true });
    const rate = converted.items.find((i) => i.item.role === 'rate')!;
    expect(rate.item.status).toBe('write');
    expect(rate.item.computed).toBe(1);
    const edits = formulaEditPlan([converted], true).edits;
    expect(edits.slice(0, 2)).toEqual([
      { sheet: '文本', row: 5, col: 3, value: 11.7 },
      { sheet: '文本', row: 5, col: 4, value: 11.7 },
    ]);
  });

  test('cells already holding the right formula are counted, not listed', () => {
    const sheet = pingan();
    const [region] = planWorkbookFormulas([sheet], national);
    const edits = formulaEditPlan([previewRegion(region, NO_CHOICES)], false).edits;
    const snapshot = {
      ...sheet.snapshot,
      formulas: sheet.snapshot.formulas!.map((r) => [...r]),
      values: sheet.snapshot.values.map((r) => [...r]),
    };
    for (const e of edits) {
      snapshot.formulas[e.row][e.col] = e.formula ?? null;
      snapshot.values[e.row][e.col] = e.value ?? null;
    }
    const [again] = planWorkbookFormulas([checked(snapshot)], national);
    const preview = previewRegion(again, NO_CHOICES);
    expect(preview.unchanged).toBe(edits.length);
    expect(preview.items.map((i) => i.item.status)).toEqual(['conflict']);
  });

  test('the cells behind a plan are every cell it reads or writes', () => {
    const [region] = planWorkbookFormulas([textFunds()], national);
    const cells = cellsBehindPlans([previewRegion(region, NO_CHOICES)]).get('文本')!;
    const keys = new Set(cells.map((c) => `${c.row},${c.col}`));
    for (const k of ['5,3', '5,4', '5,6', '5,7']) expect(keys).toContain(k);
  });
});

describe('highlights', () => {
  const sheet = snapshotFromRows('S', [
    [1, 2, 3],
    [4, 5, 6],
  ]);
  sheet.fills = [
    ['#123456', null, null],
    [null, null, '#ABCDEF'],
  ];
  const error = makeFinding('rate', 'S', 0, 0, '执行率', 'rate', 0);
  const info = makeFinding('number-as-text', 'S', 0, 0, '文本', 'text', 0);
  const warning = makeFinding('over-budget', 'S', 1, 2, '超预算', 'over', 0);
  const snapshots = new Map([['S', sheet]]);

  test('one plan fills each finding cell by its worst severity and remembers the fill it had', () => {
    const { plan, record } = markPlan([info, error, warning], {}, snapshots);
    expect(plan.edits).toEqual([
      { sheet: 'S', row: 0, col: 0, fill: HIGHLIGHT_FILLS.error },
      { sheet: 'S', row: 1, col: 2, fill: HIGHLIGHT_FILLS.warning },
    ]);
    expect(record.S).toEqual([
      { row: 0, col: 0, original: '#123456', mark: HIGHLIGHT_FILLS.error },
      { row: 1, col: 2, original: '#ABCDEF', mark: HIGHLIGHT_FILLS.warning },
    ]);
  });

  test('marking again keeps the first originals; a fixed cell gets its own fill back', () => {
    const first = markPlan([error, warning], {}, snapshots);
    const marked: SheetSnapshot = {
      ...sheet,
      fills: [
        [HIGHLIGHT_FILLS.error, null, null],
        [null, null, HIGHLIGHT_FILLS.warning],
      ],
    };
    const second = markPlan([error], first.record, new Map([['S', marked]]));
    expect(second.plan.edits).toEqual([{ sheet: 'S', row: 1, col: 2, fill: '#ABCDEF' }]);
    expect(second.record.S).toEqual([{ row: 0, col: 0, original: '#123456', mark: HIGHLIGHT_FILLS.error }]);

    const cleared = clearMarksPlan(second.record, new Map([['S', marked]]));
    expect(cleared.plan.edits).toEqual([{ sheet: 'S', row: 0, col: 0, fill: '#123456' }]);
  });

  test('a cell the user refilled after marking is left with their fill', () => {
    const { record } = markPlan([error], {}, snapshots);
    const refilled: SheetSnapshot = {
      ...sheet,
      fills: [
        ['#00FF00', null, null],
        [null, null, null],
      ],
    };
    expect(clearMarksPlan(record, new Map([['S', refilled]])).restored).toBe(0);
  });

  test('marks on sheets not checked this time stay recorded', () => {
    const other = { Other: [{ row: 3, col: 3, original: null, mark: HIGHLIGHT_FILLS.info }] };
    const { record } = markPlan([error], other, snapshots);
    expect(record.Other).toEqual(other.Other);
  });

  test('a host that cannot read fills is refused rather than losing the cells’ colours', () => {
    const noFills = { ...sheet, fills: undefined };
    expect(() => markPlan([error], {}, new Map([['S', noFills]]))).toThrow(FillsUnknownError);
  });

  test('the stored record is read defensively', () => {
    expect(parseHighlightRecord(null)).toEqual({});
    expect(parseHighlightRecord('not json')).toEqual({});
    expect(parseHighlightRecord('[1]')).toEqual({});
    expect(
      parseHighlightRecord('{"S":[{"row":1,"col":2,"original":null,"mark":"#FFC7CE"},{"row":"x"}]}'),
    ).toEqual({
      S: [{ row: 1, col: 2, original: null, mark: '#FFC7CE' }],
    });
  });

  test('the preset is stored under the key the ribbon commands read', () => {
    expect(PRESET_SETTING).toBe(ribbon.PRESET_SETTING);
  });
});

describe('template placement', () => {
  test('a free sheet name avoids taken names regardless of case', () => {
    expect(templateSheetName('项目支出绩效自评表', ['Sheet1'])).toBe('项目支出绩效自评表');
    expect(templateSheetName('表', ['表', '表 (2)'])).toBe('表 (3)');
    expect(templateSheetName('Form', ['form'])).toBe('Form (2)');
    expect(templateSheetName('a/b', [])).toBe('ab');
    expect(templateSheetName('项目支出绩效自评表（财预〔2020〕10号）')).toBe('项目支出绩效自评表');
    expect(templateSheetName('x'.repeat(40), ['x'.repeat(31)])).toBe('x'.repeat(27) + ' (2)');
  });

  test('an area is occupied by a value, a formula or a crossing merge', () => {
    const s = snapshotFromRows('S', [
      [null, null],
      [null, 'x'],
    ]);
    expect(areaOccupied(s, { top: 0, left: 0, bottom: 0, right: 1 })).toBe(false);
    expect(areaOccupied(s, { top: 0, left: 0, bottom: 1, right: 1 })).toBe(true);
    const merged = { ...snapshotFromRows('S', [[null]]), merges: [{ top: 5, left: 5, bottom: 6, right: 6 }] };
    expect(areaOccupied(merged, { top: 6, left: 0, bottom: 8, right: 5 })).toBe(true);
    const formula = snapshotFromRows('S', [[null]], [], [['=1']]);
    expect(areaOccupied(formula, { top: 0, left: 0, bottom: 0, right: 0 })).toBe(true);
  });

  test('undoing a template placed on a sheet puts every cell of its area back', () => {
    const spec = buildTemplate('national', { row: 2, col: 1 }, national)!;
    const before = snapshotFromRows('S', [['keep']]);
    before.fills = [['#FF0000']];
    const plan = templateUndoPlan(spec, 'S', before);
    const cells = (spec.range.bottom - spec.range.top + 1) * (spec.range.right - spec.range.left + 1);
    expect(plan.edits).toHaveLength(cells);
    expect(plan.edits.every((e) => e.row >= 2 && e.col >= 1)).toBe(true);
    expect(plan.edits[0]).toEqual({
      sheet: 'S',
      row: 2,
      col: 1,
      formula: null,
      value: null,
      numberFormat: 'General',
      fill: null,
    });
  });
});

describe('errors and messages', () => {
  test('host refusals become Chinese headlines with the host’s own words', () => {
    const protectedError = paneErrorOf(new HostError('protected', '工作表受保护，请先撤销保护后再试。'));
    expect(translate('zh', protectedError.title)).toBe('工作表受保护');
    expect(protectedError.detail).toBe('工作表受保护，请先撤销保护后再试。');
    const empty = paneErrorOf(new HostError('empty', '工作簿中没有工作表。'));
    expect(translate('zh', empty.body!.key)).toContain('一级指标');
    expect(translate('zh', paneErrorOf(new HostError('too-large', 'x')).title)).toBe('工作表过大');
    expect(translate('zh', paneErrorOf(new HostError('unsupported', 'x')).title)).toBe(
      '当前环境不支持此操作',
    );
    const unexpected = paneErrorOf(new TypeError('boom'));
    expect(translate('zh', unexpected.body!.key, unexpected.body!.params)).toBe('出现意外错误：boom');
  });

  test('placeholders are filled in both languages', () => {
    expect(translate('zh', 'formulasApply', { count: 3 })).toBe('写入 3 个单元格');
    expect(translate('en', 'formulasApply', { count: 3 })).toBe('Write 3 cells');
  });
});

describe('清除标记 at the edge of what was read', () => {
  test('a marked cell past the read extent (the used range counts values only) is still cleared', () => {
    const snapshot: SheetSnapshot = {
      name: '表',
      rowCount: 2,
      colCount: 2,
      values: [
        [1, 2],
        [3, 4],
      ],
      fills: [
        [HIGHLIGHT_FILLS.error, null],
        [null, '#DDEEFF'],
      ],
      merges: [],
    };
    const record = {
      表: [
        { row: 0, col: 0, original: null, mark: HIGHLIGHT_FILLS.error },
        { row: 1, col: 1, original: null, mark: HIGHLIGHT_FILLS.error }, // recoloured by the user: kept
        { row: 5, col: 0, original: '#FFFFFF', mark: HIGHLIGHT_FILLS.warning }, // empty, below the values
      ],
    };
    const { plan, restored } = clearMarksPlan(record, new Map([['表', snapshot]]));
    expect(restored).toBe(2);
    expect(plan.edits).toEqual([
      { sheet: '表', row: 0, col: 0, fill: null },
      { sheet: '表', row: 5, col: 0, fill: '#FFFFFF' },
    ]);
  });
});
