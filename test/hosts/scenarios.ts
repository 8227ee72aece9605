/**
 * Host scenarios every spreadsheet host must pass, written against the Host interface and a small
 * inspector of the fake document behind it. Excel runs them in test/hosts/excel; a WPS fake plugs in the
 * same way:
 *
 *   runHostScenarios('WPS', (sheets) => ({ host, inspect, reopen }), { readLargeSheet: …, … });
 */
import { CellRange, rangeToA1 } from '../../src/core/address';
import {
  clearHighlights,
  HIGHLIGHT_FILLS,
  insertTemplateOnNewSheet,
  validateActiveSheet,
} from '../../src/commands/actions';
import { SheetAnalysis } from '../../src/core/analyze';
import { CellEdit, EditPlan, undoPlanFor } from '../../src/core/edits';
import { Finding, makeFinding, RuleId } from '../../src/core/findings';
import { CellValue, SheetSnapshot } from '../../src/core/grid';
import { TemplateSpec } from '../../src/core/templateSpec';
import { Host, HostError } from '../../src/hosts/host';
import { handBuiltNationalSpec } from './excel/handBuiltTemplate';
import { HEADER_FILL, NATIONAL_TABLE_ROWS, nationalSheet } from './excel/nationalSheet';

export interface SeedSheet {
  snapshot: SheetSnapshot;
  protected?: boolean;
}

/** One cell as a user would see it. `numberFormat` is null for the host's General format. */
export interface CellSeen {
  value: CellValue;
  formula: string | null;
  numberFormat: string | null;
  fill: string | null;
}

/** Looks into (and, where a user would, changes) the fake document behind a host. */
export interface HostInspector {
  sheetNames(): string[];
  activeSheet(): string;
  cell(sheet: string, row: number, col: number): CellSeen;
  merges(sheet: string): CellRange[];
  selection(): { sheet: string; address: string } | null;
  /** The user protects or unprotects a sheet. */
  setProtected(sheet: string, on: boolean): void;
  /** The user fills a cell by hand. */
  setFill(sheet: string, row: number, col: number, fill: string | null): void;
  /** Host round trips (Excel: `context.sync()` calls) since the last reset. */
  roundTrips(): number;
  resetRoundTrips(): void;
}

export interface HostUnderTest {
  host: Host;
  inspect: HostInspector;
  /** A new host over the same document, as when the pane is closed and opened again. */
  reopen(): Host;
}

export interface ScenarioLimits {
  /** Round trips for a fresh host to read the 300-table sheet. */
  readLargeSheet: number;
  /** Round trips to apply a plan on a sheet the host has just read. */
  applyPlan: number;
  insertTemplateNewSheet: number;
  insertTemplateExistingSheet: number;
}

export type MakeHost = (sheets: SeedSheet[]) => HostUnderTest;

/** Extra template specs to insert (the catalogue's, once it exists), besides the hand-built one. */
export type TemplateSpecs = () => TemplateSpec[];

const sortRanges = (ranges: CellRange[]) =>
  [...ranges].sort((a, b) => a.top - b.top || a.left - b.left || a.bottom - b.bottom || a.right - b.right);

const isGeneral = (f: string | null | undefined) => !f || f === 'General' || f === 'G/通用格式';

/** Every cell's value, formula, number format and fill, for exact before/after comparisons. */
function cellsOf(s: SheetSnapshot): CellSeen[][] {
  return s.values.map((row, r) =>
    row.map((value, c) => ({
      value,
      formula: s.formulas?.[r]?.[c] ?? null,
      numberFormat: isGeneral(s.numberFormats?.[r]?.[c]) ? null : (s.numberFormats?.[r]?.[c] ?? null),
      fill: s.fills?.[r]?.[c] ?? null,
    })),
  );
}

function seenInDocument(inspect: HostInspector, sheet: string, rows: number, cols: number): CellSeen[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => inspect.cell(sheet, r, c)),
  );
}

async function expectHostError(promise: Promise<unknown>, code: HostError['code']): Promise<HostError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HostError);
  expect((error as HostError).code).toBe(code);
  return error as HostError;
}

function finding(rule: RuleId, sheet: string, row: number, col: number): Finding {
  return makeFinding(rule, sheet, row, col, `问题 ${rule}`, `problem ${rule}`, 0);
}

/** An analyzer that reports the given cells, so highlight plumbing is tested apart from detection. */
function reporting(findings: (sheet: string) => Finding[]): (s: SheetSnapshot) => SheetAnalysis {
  return (s) => ({ sheet: s.name, regions: [], findings: findings(s.name), targets: [] });
}

function expectTemplateOnSheet(inspect: HostInspector, sheet: string, spec: TemplateSpec): void {
  for (const c of spec.cells) {
    const seen = inspect.cell(sheet, c.row, c.col);
    if (c.formula) expect(seen.formula).toBe(c.formula);
    else if (c.value !== undefined) expect(seen.value).toEqual(c.value);
    if (c.numberFormat) expect(seen.numberFormat).toBe(isGeneral(c.numberFormat) ? null : c.numberFormat);
    if (c.fill) expect(seen.fill).toBe(c.fill.toUpperCase());
  }
  const merges = inspect
    .merges(sheet)
    .filter((m) => m.top >= spec.range.top && m.bottom <= spec.range.bottom);
  expect(sortRanges(merges)).toEqual(sortRanges(spec.merges));
}

export function runHostScenarios(
  name: string,
  makeHost: MakeHost,
  limits: ScenarioLimits,
  templateSpecs: TemplateSpecs = () => [],
): void {
  describe(`${name} host scenarios`, () => {
    const large = nationalSheet('自评表', 300);

    test(`reads a 300-table national sheet whole in ≤ ${limits.readLargeSheet} round trips`, async () => {
      const { host, inspect } = makeHost([{ snapshot: large }]);
      inspect.resetRoundTrips();
      const read = await host.readSheet('自评表');
      expect(inspect.roundTrips()).toBeLessThanOrEqual(limits.readLargeSheet);
      expect(read.rowCount).toBe(large.rowCount);
      expect(read.colCount).toBe(large.colCount);
      expect(read.values).toEqual(large.values);
      expect(read.formulas).toEqual(large.formulas);
      expect(cellsOf(read)).toEqual(cellsOf(large));
      expect(sortRanges(read.merges)).toEqual(sortRanges(large.merges));
      expect(read.merges.length).toBe(4500);
    });

    test('pads a used range that starts away from A1 to A1-anchored arrays', async () => {
      const values: CellValue[][] = Array.from({ length: 8 }, () => new Array<CellValue>(5).fill(null));
      values[4][2] = '项目名称';
      values[7][4] = 12.5;
      const { host } = makeHost([{ snapshot: { name: 'S', rowCount: 8, colCount: 5, values, merges: [] } }]);
      const read = await host.readSheet('S');
      expect([read.rowCount, read.colCount]).toEqual([8, 5]);
      expect(read.values[4][2]).toBe('项目名称');
      expect(read.values[7][4]).toBe(12.5);
      expect(read.values[0][0]).toBeNull();
      expect(read.values[4][1]).toBeNull();
    });

    test('reads an empty sheet as no rows, and a missing sheet as not-found', async () => {
      const { host } = makeHost([
        { snapshot: { name: '空表', rowCount: 0, colCount: 0, values: [], merges: [] } },
      ]);
      const read = await host.readSheet('空表');
      expect([read.rowCount, read.colCount, read.merges]).toEqual([0, 0, []]);
      await expectHostError(host.readSheet('没有这张表'), 'not-found');
    });

    test('lists sheets and names the active one', async () => {
      const { host } = makeHost([{ snapshot: nationalSheet('甲', 1) }, { snapshot: nationalSheet('乙', 1) }]);
      expect(await host.sheetNames()).toEqual(['甲', '乙']);
      expect(await host.activeSheetName()).toBe('甲');
    });

    test(`applies 1,200 formulas in ≤ ${limits.applyPlan} round trip(s) after reading the sheet`, async () => {
      const { host, inspect } = makeHost([{ snapshot: large }]);
      await host.readSheet('自评表');
      const edits: CellEdit[] = [];
      for (let t = 0; t < 300; t++) {
        const top = t * (NATIONAL_TABLE_ROWS + 1);
        const r = (n: number) => top + n; // 1-based row of the table to 0-based sheet row
        edits.push(
          {
            sheet: '自评表',
            row: r(6),
            col: 6,
            formula: `=IF(N(D${r(7)})=0,"",E${r(7)}/D${r(7)})`,
            numberFormat: '0.00%',
          },
          {
            sheet: '自评表',
            row: r(6),
            col: 7,
            formula: `=IF(G${r(7)}="","",ROUND(F${r(7)}*MIN(G${r(7)},1),2))`,
          },
          { sheet: '自评表', row: r(20), col: 6, formula: `=F${r(7)}+SUM(G${r(14)}:G${r(20)})` },
          { sheet: '自评表', row: r(20), col: 7, formula: `=ROUND(H${r(7)}+SUM(H${r(14)}:H${r(20)}),2)` },
        );
      }
      inspect.resetRoundTrips();
      await host.applyPlan({ label: '写入公式', edits });
      expect(inspect.roundTrips()).toBeLessThanOrEqual(limits.applyPlan);
      for (const e of [edits[0], edits[1], edits[edits.length - 2], edits[edits.length - 1]]) {
        expect(inspect.cell('自评表', e.row, e.col).formula).toBe(e.formula);
      }
      expect(inspect.cell('自评表', edits[0].row, 6).numberFormat).toBe('0.00%');
    });

    test('marks findings by severity, then puts back the exact previous fills', async () => {
      const sheet = nationalSheet('自评表', 5);
      const userFill = '#00B050';
      sheet.fills![30][3] = userFill;
      const { host, inspect } = makeHost([{ snapshot: sheet }]);
      const original = seenInDocument(inspect, '自评表', sheet.rowCount, sheet.colCount);

      // header cell (grey), plain cell, user-filled cell, one cell with two findings of different severities
      const first = [
        finding('rate', '自评表', 5, 6),
        finding('blank', '自评表', 6, 7),
        finding('over-budget', '自评表', 30, 3),
        finding('number-as-text', '自评表', 40, 5),
        finding('missing-reason', '自评表', 40, 5),
      ];
      const run1 = await validateActiveSheet(
        host,
        reporting(() => first),
      );
      expect(run1.highlighted).toBe(4);
      expect(run1.message).toContain('发现 5 个问题');
      expect(inspect.cell('自评表', 5, 6).fill).toBe(HIGHLIGHT_FILLS.error);
      expect(inspect.cell('自评表', 6, 7).fill).toBe(HIGHLIGHT_FILLS.error);
      expect(inspect.cell('自评表', 30, 3).fill).toBe(HIGHLIGHT_FILLS.warning);
      expect(inspect.cell('自评表', 40, 5).fill).toBe(HIGHLIGHT_FILLS.error);

      // Second run: the header finding is gone (its grey comes back), a new cell is reported.
      const second = [finding('blank', '自评表', 6, 7), finding('total', '自评表', 52, 7), first[2]];
      await validateActiveSheet(
        host,
        reporting(() => second),
      );
      expect(inspect.cell('自评表', 5, 6).fill).toBe(HEADER_FILL);
      expect(inspect.cell('自评表', 40, 5).fill).toBe(original[40][5].fill);
      expect(inspect.cell('自评表', 52, 7).fill).toBe(HIGHLIGHT_FILLS.error);

      // The user repaints one marked cell: clearing keeps their new fill.
      inspect.setFill('自评表', 6, 7, '#FFFF00');
      const cleared = await clearHighlights(host);
      expect(cleared.message).toBe('已清除 2 处标记。');
      const after = seenInDocument(inspect, '自评表', sheet.rowCount, sheet.colCount);
      const expected = original.map((row) => row.map((c) => ({ ...c })));
      expected[6][7].fill = '#FFFF00';
      expect(after).toEqual(expected);
    });

    test('a clean sheet gets no marks and says so', async () => {
      const { host, inspect } = makeHost([{ snapshot: nationalSheet('自评表', 2) }]);
      const before = seenInDocument(inspect, '自评表', 45, 9);
      const run = await validateActiveSheet(
        host,
        reporting(() => []),
      );
      expect(run.message).toBe('当前工作表中没有找到绩效自评表。');
      expect(seenInDocument(inspect, '自评表', 45, 9)).toEqual(before);
    });

    test('undo (undoPlanFor) restores values, formulas, number formats and fills exactly', async () => {
      const { host, inspect } = makeHost([{ snapshot: nationalSheet('自评表', 3) }]);
      const before = await host.readSheet('自评表');
      const plan: EditPlan = {
        label: '修复',
        edits: [
          { sheet: '自评表', row: 6, col: 6, value: 0.5, formula: null }, // constant over a formula
          { sheet: '自评表', row: 6, col: 2, formula: '=D7' }, // formula over a constant
          { sheet: '自评表', row: 15, col: 5, value: 3 }, // number over text that looks like a date
          { sheet: '自评表', row: 13, col: 5, value: '236' }, // text that looks like a number
          { sheet: '自评表', row: 3, col: 1, value: null }, // cleared
          { sheet: '自评表', row: 6, col: 4, numberFormat: '0.000' },
          { sheet: '自评表', row: 5, col: 2, fill: '#FFC7CE' }, // over a header fill
          { sheet: '自评表', row: 7, col: 2, fill: '#FFC7CE' }, // over no fill
          { sheet: '自评表', row: 29, col: 6, formula: '=1/0', numberFormat: '0.00%', fill: null },
        ],
      };
      await host.applyPlan(plan);
      expect(inspect.cell('自评表', 6, 6)).toMatchObject({ value: 0.5, formula: null });
      expect(inspect.cell('自评表', 13, 5).value).toBe('236');
      expect(inspect.cell('自评表', 3, 1).value).toBeNull();
      await host.applyPlan(undoPlanFor(plan, new Map([['自评表', before]])));
      const after = await host.readSheet('自评表');
      expect(cellsOf(after)).toEqual(cellsOf(before));
      expect(inspect.cell('自评表', 15, 5).value).toBe('12月20日');
    });

    test('refuses a protected sheet with the protected message and writes nothing', async () => {
      const { host, inspect } = makeHost([{ snapshot: nationalSheet('自评表', 2), protected: true }]);
      const before = seenInDocument(inspect, '自评表', 45, 9);
      const plan: EditPlan = {
        label: '写入公式',
        edits: [
          { sheet: '自评表', row: 5, col: 2, fill: '#FFC7CE' },
          { sheet: '自评表', row: 6, col: 6, formula: '=E7/D7' },
        ],
      };
      const error = await expectHostError(host.applyPlan(plan), 'protected');
      // the plain refusal, or (Excel) one naming the cells the protection keeps locked
      expect(error.message).toMatch(
        /^工作表受保护，请先撤销保护后再试。$|^工作表「自评表」受保护，C6、G7被锁定/,
      );
      expect(seenInDocument(inspect, '自评表', 45, 9)).toEqual(before);

      // Protected after the host last looked at it.
      const other = makeHost([{ snapshot: nationalSheet('自评表', 2) }]);
      await other.host.readSheet('自评表');
      other.inspect.setProtected('自评表', true);
      const before2 = seenInDocument(other.inspect, '自评表', 45, 9);
      await expectHostError(other.host.applyPlan(plan), 'protected');
      expect(seenInDocument(other.inspect, '自评表', 45, 9)).toEqual(before2);

      // Unprotected again: the same plan goes through.
      other.inspect.setProtected('自评表', false);
      await other.host.applyPlan(plan);
      expect(other.inspect.cell('自评表', 6, 6).formula).toBe('=E7/D7');
    });

    const specs = () => [handBuiltNationalSpec(), ...templateSpecs()];

    test(`inserts each template on a new sheet in ≤ ${limits.insertTemplateNewSheet} round trip(s)`, async () => {
      for (const spec of specs()) {
        const { host, inspect } = makeHost([{ snapshot: nationalSheet('自评表', 1) }]);
        inspect.resetRoundTrips();
        await host.insertTemplate(spec, '新模板', true);
        expect(inspect.roundTrips()).toBeLessThanOrEqual(limits.insertTemplateNewSheet);
        expect(inspect.sheetNames()).toEqual(['自评表', '新模板']);
        expect(inspect.activeSheet()).toBe('新模板');
        expect(inspect.selection()).toEqual({
          sheet: '新模板',
          address: rangeToA1({ ...spec.range, bottom: spec.range.top, right: spec.range.left }),
        });
        expectTemplateOnSheet(inspect, '新模板', spec);
      }
    });

    test(`inserts a template below existing tables in ≤ ${limits.insertTemplateExistingSheet} round trips`, async () => {
      const { host, inspect } = makeHost([{ snapshot: nationalSheet('自评表', 1) }]);
      const before = seenInDocument(inspect, '自评表', NATIONAL_TABLE_ROWS, 9);
      const spec = handBuiltNationalSpec({ row: 25, col: 0 });
      inspect.resetRoundTrips();
      await host.insertTemplate(spec, '自评表', false);
      expect(inspect.roundTrips()).toBeLessThanOrEqual(limits.insertTemplateExistingSheet);
      expectTemplateOnSheet(inspect, '自评表', spec);
      expect(seenInDocument(inspect, '自评表', NATIONAL_TABLE_ROWS, 9)).toEqual(before);
    });

    test('refuses to insert over content, on a protected sheet, or under a taken name', async () => {
      const { host, inspect } = makeHost([{ snapshot: nationalSheet('自评表', 1) }]);
      const before = seenInDocument(inspect, '自评表', NATIONAL_TABLE_ROWS, 9);
      const overContent = await expectHostError(
        host.insertTemplate(handBuiltNationalSpec(), '自评表', false),
        'failed',
      );
      expect(overContent.message).toContain('不为空');
      await expectHostError(host.insertTemplate(handBuiltNationalSpec(), '自评表', true), 'failed');
      await expectHostError(host.insertTemplate(handBuiltNationalSpec(), '没有这张表', false), 'not-found');
      inspect.setProtected('自评表', true);
      await expectHostError(
        host.insertTemplate(handBuiltNationalSpec({ row: 30, col: 0 }), '自评表', false),
        'protected',
      );
      expect(seenInDocument(inspect, '自评表', NATIONAL_TABLE_ROWS, 9)).toEqual(before);
      expect(inspect.sheetNames()).toEqual(['自评表']);
    });

    test('插入模板 puts the form on a new sheet with a free name', async () => {
      const { host, inspect } = makeHost([{ snapshot: nationalSheet('项目支出绩效自评表', 1) }]);
      const outcome = await insertTemplateOnNewSheet(host, () => handBuiltNationalSpec());
      expect(outcome.sheet).toBe('项目支出绩效自评表 (2)');
      expect(outcome.message).toBe('已在新工作表「项目支出绩效自评表 (2)」中插入项目支出绩效自评表。');
      expectTemplateOnSheet(inspect, '项目支出绩效自评表 (2)', handBuiltNationalSpec());
    });

    test('selects a range on another sheet, and deletes a sheet', async () => {
      const { host, inspect } = makeHost([
        { snapshot: nationalSheet('甲', 1) },
        { snapshot: nationalSheet('乙', 1) },
      ]);
      await host.select('乙', 'G7');
      expect(inspect.activeSheet()).toBe('乙');
      expect(inspect.selection()).toEqual({ sheet: '乙', address: 'G7' });
      await host.select('甲', 'B14:B17');
      expect(inspect.selection()).toEqual({ sheet: '甲', address: 'B14:B17' });
      if (host.getSelection) expect(await host.getSelection()).toEqual({ sheet: '甲', a1: 'B14:B17' });
      await expectHostError(host.select('丙', 'A1'), 'not-found');
      await host.deleteSheet('乙');
      expect(inspect.sheetNames()).toEqual(['甲']);
      await expectHostError(host.deleteSheet('乙'), 'not-found');
    });

    test('settings round trip and stay with the document', async () => {
      const { host, reopen } = makeHost([{ snapshot: nationalSheet('甲', 1) }]);
      expect(await host.getSetting('selfeval.preset')).toBeNull();
      await host.setSetting('selfeval.preset', 'hubei-2019');
      expect(await host.getSetting('selfeval.preset')).toBe('hubei-2019');
      expect(await reopen().getSetting('selfeval.preset')).toBe('hubei-2019');
    });
  });
}
