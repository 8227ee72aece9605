/** The live check's parts without a pane: debounce, the list that follows, marks that follow, own writes. */
import { makeFinding } from '../../src/core/findings';
import { SheetSnapshot } from '../../src/core/grid';
import { OwnWrites, OWN_WRITE_GRACE_MS, withOwnWrites } from '../../src/hosts/ownWrites';
import { CellsChange } from '../../src/hosts/host';
import { FIXED_SHOWN_MS, expireTrail, followTrail, freshTrail } from '../../src/taskpane/model/findingsTrail';
import { HIGHLIGHT_FILLS } from '../../src/taskpane/model/highlights';
import { LiveChecker } from '../../src/taskpane/model/liveCheck';
import { followMarksPlan } from '../../src/taskpane/model/marksFollow';
import { MemoryHost } from './memoryHost';

const total = makeFinding('total', 'S', 20, 7, '总分不符', 'total differs', 0);
const score = makeFinding('missing-reason', 'S', 13, 8, '缺少原因', 'reason missing', 0);
const weight = makeFinding('weight-sum', 'S', 19, 6, '权重', 'weights', 0);

describe('LiveChecker', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test('100 changes within the pause are one check, after the last one', async () => {
    let checks = 0;
    const checker = new LiveChecker(async () => void checks++, 400);
    for (let i = 0; i < 100; i++) {
      checker.changed();
      jest.advanceTimersByTime(10);
    }
    expect(checks).toBe(0);
    // the last change was 10 ms ago: 390 ms more to wait
    jest.advanceTimersByTime(389);
    expect(checks).toBe(0);
    jest.advanceTimersByTime(1);
    await checker.idle();
    expect(checks).toBe(1);
  });

  test('a change while a check runs brings exactly one more check after it', async () => {
    let release: () => void = () => undefined;
    let checks = 0;
    const checker = new LiveChecker(() => {
      checks++;
      return new Promise<void>((resolve) => (release = resolve));
    }, 100);
    checker.changed();
    jest.advanceTimersByTime(100);
    expect(checks).toBe(1);
    checker.changed();
    checker.changed();
    release();
    await Promise.resolve();
    await Promise.resolve();
    jest.advanceTimersByTime(100);
    expect(checks).toBe(2);
  });

  test('stop cancels a pending check', () => {
    let checks = 0;
    const checker = new LiveChecker(async () => void checks++, 100);
    checker.changed();
    checker.stop();
    jest.advanceTimersByTime(1_000);
    expect(checks).toBe(0);
  });
});

describe('findingsTrail', () => {
  test('kept findings keep their place, fixed ones stay marked a moment, new ones join at the end', () => {
    const first = freshTrail([score, total]);
    const next = followTrail(first, [score, weight], 1_000);
    expect(next.map((e) => [e.finding.cell, e.fixedAt])).toEqual([
      ['I14', null],
      ['H21', 1_000],
      ['G20', null],
    ]);
    expect(expireTrail(next, 1_000 + FIXED_SHOWN_MS).map((e) => e.finding.cell)).toEqual(['I14', 'G20']);
  });

  test('a finding fixed and broken again comes back in its place', () => {
    const fixed = followTrail(freshTrail([score, total]), [score], 0);
    const again = followTrail(fixed, [score, total], 10);
    expect(again.map((e) => [e.finding.cell, e.fixedAt])).toEqual([
      ['I14', null],
      ['H21', null],
    ]);
  });
});

function sheet(fills: (string | null)[][]): SheetSnapshot {
  return {
    name: 'S',
    rowCount: fills.length,
    colCount: fills[0].length,
    values: fills.map((r) => r.map(() => null)),
    fills,
    merges: [],
  };
}

describe('followMarksPlan', () => {
  const grid = () => Array.from({ length: 22 }, () => Array.from({ length: 9 }, () => null as string | null));

  test('restores a fixed cell to its own fill and marks a new one, in one plan', () => {
    const fills = grid();
    fills[20][7] = HIGHLIGHT_FILLS.error;
    const record = { S: [{ row: 20, col: 7, original: '#FFFF00', mark: HIGHLIGHT_FILLS.error }] };
    const { plan, record: next } = followMarksPlan([score], record, new Map([['S', sheet(fills)]]));
    expect(plan.edits).toEqual([
      { sheet: 'S', row: 20, col: 7, fill: '#FFFF00' },
      { sheet: 'S', row: 13, col: 8, fill: HIGHLIGHT_FILLS.error },
    ]);
    expect(next.S).toEqual([{ row: 13, col: 8, original: null, mark: HIGHLIGHT_FILLS.error }]);
  });

  test('a cell the user recoloured after we marked it is left as they made it and dropped from the record', () => {
    const fills = grid();
    fills[20][7] = '#00B0F0';
    const record = { S: [{ row: 20, col: 7, original: null, mark: HIGHLIGHT_FILLS.error }] };
    for (const findings of [[], [total]]) {
      const { plan, record: next } = followMarksPlan(findings, record, new Map([['S', sheet(fills)]]));
      expect(plan.edits).toEqual([]);
      expect(next.S ?? []).toEqual([]);
    }
  });
});

describe('OwnWrites', () => {
  const change = (a1: string, byThisAddin = false): CellsChange => ({ sheet: 'S', a1, byThisAddin });

  test('a change inside a content write, during it or just after, is ours; outside it or later, the user’s', async () => {
    let now = 0;
    const own = new OwnWrites(() => now);
    let during = false;
    await own.around(new Map([['S', { top: 0, left: 0, bottom: 9, right: 3 }]]), async () => {
      during = own.isOurs(change('B2'));
    });
    expect(during).toBe(true);
    expect(own.isOurs(change('B2:C3'))).toBe(true);
    expect(own.isOurs(change('E2'))).toBe(false);
    expect(own.isOurs({ sheet: 'T', a1: 'B2', byThisAddin: false })).toBe(false);
    now = OWN_WRITE_GRACE_MS + 1;
    expect(own.isOurs(change('B2'))).toBe(false);
    expect(own.isOurs(change('Z9', true))).toBe(true);
  });

  test('a fill-only plan claims no cells: the user may type into a cell just marked', async () => {
    const inner = new MemoryHost([sheet([[null, null]])]);
    const own = new OwnWrites(() => 0);
    const host = withOwnWrites(inner, own);
    await host.applyPlan({ label: '标记问题', edits: [{ sheet: 'S', row: 0, col: 0, fill: '#FFC7CE' }] });
    expect(own.isOurs(change('A1'))).toBe(false);
    await host.applyPlan({ label: '写入公式', edits: [{ sheet: 'S', row: 0, col: 1, formula: '=A1' }] });
    expect(own.isOurs(change('B1'))).toBe(true);
  });

  test('optional host members exist on the tracked host exactly when the host has them', () => {
    const inner = new MemoryHost([sheet([[null]])]);
    const host = withOwnWrites(inner);
    expect(host.getSelection === undefined).toBe(inner.getSelection === undefined);
    expect(host.onCellsChange).toBeUndefined();
    expect(host.onBeforeSave).toBeUndefined();
  });
});
