import { snapshotFromRows } from '../../src/core/grid';
import {
  changedSinceWritten,
  guardUndo,
  stillAsWritten,
  writtenCellsOf,
  WrittenCell,
} from '../../src/core/undoGuard';

/** Hosts hand back what was written in their own spelling: those answers still count as ours. */
describe('stillAsWritten', () => {
  const sheet = (value: unknown, extra: { formula?: string; numberFormat?: string; fill?: string } = {}) => {
    const s = snapshotFromRows('S', [[value as string]]);
    s.formulas = [[extra.formula ?? null]];
    s.numberFormats = [[extra.numberFormat ?? null]];
    s.fills = [[extra.fill ?? null]];
    return s;
  };
  const at = (w: Omit<WrittenCell, 'sheet' | 'row' | 'col'>): WrittenCell => ({
    sheet: 'S',
    row: 0,
    col: 0,
    ...w,
  });

  test.each([
    [
      'formula as the host spells it',
      sheet(0.95, { formula: '=if(n($D$7)=0,"",E7/D7)' }),
      at({ formula: '=IF(N(D7)=0,"",E7/D7)' }),
      true,
    ],
    ['another formula', sheet(1, { formula: '=E7/D8' }), at({ formula: '=E7/D7' }), false],
    ['a constant typed over a formula', sheet(95), at({ formula: '=E7/D7' }), false],
    ['text kept as text', sheet('236'), at({ formula: null, value: '236' }), true],
    ['a number changed', sheet(237), at({ formula: null, value: 236 }), false],
    ['cleared and still empty', sheet(null), at({ formula: null, value: null }), true],
    ['cleared, then typed into', sheet('x'), at({ formula: null, value: null }), false],
    ['General in WPS words', sheet(1, { numberFormat: 'G/通用格式' }), at({ numberFormat: 'General' }), true],
    ['a percent format changed', sheet(1, { numberFormat: '0%' }), at({ numberFormat: '0.00%' }), false],
    ['a fill in lower case', sheet(1, { fill: '#ffc7ce' }), at({ fill: '#FFC7CE' }), true],
    ['a fill the user chose', sheet(1, { fill: '#00B050' }), at({ fill: '#FFC7CE' }), false],
    ['no fill as written', sheet(1), at({ fill: null }), true],
  ])('%s', (_label, snapshot, written, expected) => {
    expect(stillAsWritten(snapshot, written)).toBe(expected);
  });
});

test('writtenCellsOf keeps the last edit of a cell, a formula or a constant', () => {
  expect(
    writtenCellsOf({
      label: 'x',
      edits: [
        { sheet: 'S', row: 1, col: 1, formula: '=A1', numberFormat: '0.00%' },
        { sheet: 'S', row: 1, col: 1, value: 5 },
        { sheet: 'S', row: 2, col: 1, fill: '#FFC7CE' },
      ],
    }),
  ).toEqual([
    { sheet: 'S', row: 1, col: 1, formula: null, value: 5, numberFormat: '0.00%' },
    { sheet: 'S', row: 2, col: 1, fill: '#FFC7CE' },
  ]);
});

test('guardUndo keeps only the cells still as written and names the others', () => {
  const now = snapshotFromRows('S', [
    [1, 2],
    [3, 'typed'],
  ]);
  now.formulas = [
    ['=X1', null],
    [null, null],
  ];
  const plan = {
    label: '写入公式',
    edits: [
      { sheet: 'S', row: 0, col: 0, formula: '=X1' },
      { sheet: 'S', row: 1, col: 1, formula: '=X2' },
    ],
  };
  const undo = {
    label: '撤销',
    edits: [
      { sheet: 'S', row: 0, col: 0, formula: null, value: 7 },
      { sheet: 'S', row: 1, col: 1, formula: null, value: null },
    ],
  };
  const guarded = guardUndo(undo, writtenCellsOf(plan), new Map([['S', now]]));
  expect(guarded.plan.edits).toEqual([undo.edits[0]]);
  expect(guarded.changed).toEqual([{ sheet: 'S', a1: 'B2' }]);
});

test('changedSinceWritten sees cells typed inside and outside a template', () => {
  const now = snapshotFromRows('T', [
    ['表头', null, null],
    [null, '填写', null],
    [null, null, '另外'],
  ]);
  const written: WrittenCell[] = [
    { sheet: 'T', row: 0, col: 0, formula: null, value: '表头' },
    { sheet: 'T', row: 0, col: 1, formula: null, value: null },
    { sheet: 'T', row: 1, col: 0, formula: null, value: null },
    { sheet: 'T', row: 1, col: 1, formula: null, value: null },
  ];
  expect(changedSinceWritten(written, now).map((c) => c.a1)).toEqual(['B2', 'C3']);
});
