import { rangeOfAddress, rangesOfAddressList } from '../../../src/hosts/addresses';
import { fillOf } from '../../../src/hosts/excel/cellConversion';
import { contentInput, needsTextPrefix } from '../../../src/hosts/cellInput';
import { MERGED_AREAS_PER_QUERY, planRead } from '../../../src/hosts/excel/readPlan';
import { rectangleRuns } from '../../../src/hosts/rectangleRuns';
import { characterWidthToPoints } from '../../../src/hosts/excel/templateWriter';

describe('rectangleRuns', () => {
  test('joins contiguous cells into full rectangles, row by row', () => {
    const cells = [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
      [2, 0],
      [5, 3],
    ].map(([row, col]) => ({ row, col, item: `${row}${col}` }));
    expect(rectangleRuns(cells)).toEqual([
      {
        range: { top: 0, left: 0, bottom: 1, right: 1 },
        items: [
          ['00', '01'],
          ['10', '11'],
        ],
      },
      { range: { top: 2, left: 0, bottom: 2, right: 0 }, items: [['20']] },
      { range: { top: 5, left: 3, bottom: 5, right: 3 }, items: [['53']] },
    ]);
  });

  test('keeps apart what one call cannot write together, and lets a later duplicate win', () => {
    const cells = [
      { row: 0, col: 0, item: 'red' },
      { row: 0, col: 1, item: 'red' },
      { row: 0, col: 2, item: 'blue' },
      { row: 1, col: 0, item: 'red' },
      { row: 1, col: 1, item: 'blue' },
      { row: 1, col: 1, item: 'red' },
    ];
    const runs = rectangleRuns(cells, (a, b) => a === b);
    expect(runs.map((r) => [r.range, r.items[0][0]])).toEqual([
      [{ top: 0, left: 0, bottom: 1, right: 1 }, 'red'],
      [{ top: 0, left: 2, bottom: 0, right: 2 }, 'blue'],
    ]);
  });
});

describe('planRead', () => {
  test('row blocks within the cell budget, merge tiles of at most 512 cells', () => {
    const blocks = planRead({ top: 2, left: 0, bottom: 6901, right: 8 }, 48_000);
    expect(blocks.map((b) => [b.range.top, b.range.bottom])).toEqual([
      [2, 5334],
      [5335, 6901],
    ]);
    for (const b of blocks) {
      for (const t of b.mergeTiles) {
        expect((t.bottom - t.top + 1) * (t.right - t.left + 1)).toBeLessThanOrEqual(MERGED_AREAS_PER_QUERY);
      }
      const covered = b.mergeTiles.reduce((n, t) => n + (t.bottom - t.top + 1) * (t.right - t.left + 1), 0);
      expect(covered).toBe((b.range.bottom - b.range.top + 1) * 9);
    }
  });

  test('a sheet wider than 512 columns is tiled across as well', () => {
    const [block] = planRead({ top: 0, left: 0, bottom: 0, right: 1199 }, 48_000);
    expect(block.mergeTiles.map((t) => [t.left, t.right])).toEqual([
      [0, 511],
      [512, 1023],
      [1024, 1199],
    ]);
  });
});

describe('cell conversion', () => {
  test('text Excel would reinterpret is written with an apostrophe', () => {
    for (const t of ['12', '1,343.08', '98.8%', '12月20日', '2021/1/31', '=A1', '-100%', 'TRUE', '１３']) {
      expect(needsTextPrefix(t)).toBe(true);
    }
    for (const t of ['项目名称', '236人次', '≥90%', '10.00分', '']) expect(needsTextPrefix(t)).toBe(false);
    expect(contentInput({ sheet: 's', row: 0, col: 0, value: '12' })).toBe("'12");
    expect(contentInput({ sheet: 's', row: 0, col: 0, value: null })).toBe('');
    expect(contentInput({ sheet: 's', row: 0, col: 0, formula: 'SUM(A1:A3)' })).toBe('=SUM(A1:A3)');
    expect(contentInput({ sheet: 's', row: 0, col: 0, formula: null, value: 3 })).toBe(3);
  });

  test('fills read from cell properties: no fill is null whatever its colour', () => {
    expect(fillOf({ format: { fill: { color: '#ffc7ce', pattern: 'Solid' } } })).toBe('#FFC7CE');
    expect(fillOf({ format: { fill: { color: '#FFFFFF', pattern: 'None' } } })).toBeNull();
    expect(fillOf({ format: { fill: { color: '#FFFFFF', pattern: 'Solid' } } })).toBe('#FFFFFF');
    // Excel answers No Fill as white with a null pattern: that is no fill, not a white one.
    const noFill = { color: '#FFFFFF', pattern: null } as unknown as Excel.CellPropertiesFill;
    expect(fillOf({ format: { fill: noFill } })).toBeNull();
    expect(fillOf({ format: { fill: { color: '#ffffff' } } })).toBeNull();
  });

  test('address lists split outside quoted sheet names', () => {
    expect(rangesOfAddressList("'a, b'!A1:B2, 'a, b'!C3, 表!D4:D9")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 2 },
      { top: 3, left: 3, bottom: 8, right: 3 },
    ]);
  });

  test('addresses with quoted sheet names', () => {
    expect(rangeOfAddress("'年度 表!1'!$C$3:$H$20")).toEqual({ top: 2, left: 2, bottom: 19, right: 7 });
    expect(rangeOfAddress('自评表!B7')).toEqual({ top: 6, left: 1, bottom: 6, right: 1 });
  });

  test('column widths in characters become points', () => {
    expect(characterWidthToPoints(10)).toBe(56.25);
  });
});
