import { snapshotFromRows, SheetSnapshot } from '../../src/core/grid';
import { FileHost } from '../../src/hosts/file/fileHost';
import { Host } from '../../src/hosts/host';
import { translate } from '../../src/taskpane/i18n';
import { requirementSetsOf } from '../../src/taskpane/selfTest/environment';
import { reportText } from '../../src/taskpane/selfTest/reportText';
import { runSelfTest, SELF_TEST_SETTING } from '../../src/taskpane/selfTest/runSelfTest';
import { SelfTestItem, SelfTestItemId, SelfTestReport } from '../../src/taskpane/selfTest/types';
import { makeExcelHost } from '../hosts/excel/makeExcelHost';
import { xlsxBytes } from '../hosts/file/helpers';
import { makeWpsHost } from '../hosts/wps/makeWpsHost';
import { MemoryHost } from './memoryHost';

const AT = new Date(2026, 11, 2, 20, 15, 30);
const now = () => AT;
const seed = () =>
  snapshotFromRows('Sheet1', [
    ['部门', '金额'],
    ['办公室', 12],
  ]);

/** What none of the fakes model, and the self-test says so instead of passing or failing it. */
const NOT_MODELLED: Partial<Record<SelfTestItemId, string>> = {
  formulaValue: 'noCalculation',
  errorValue: 'noCalculation',
  templateRules: 'rulesNotReadable',
};

/** Hosts that cannot protect a sheet (the file host, the pane's memory host) leave protection unchecked. */
const CANNOT_PROTECT: Partial<Record<SelfTestItemId, string>> = {
  ...NOT_MODELLED,
  protection: 'needsProtectedForm',
};

function statusById(report: SelfTestReport): Record<string, SelfTestItem> {
  return Object.fromEntries(report.items.map((i) => [i.id, i]));
}

/** Every item is as expected except those the fakes cannot model, which are "not checked" with a reason. */
function expectAllAsExpected(report: SelfTestReport, unchecked = NOT_MODELLED): void {
  const byId = statusById(report);
  expect(Object.keys(byId)).toHaveLength(15);
  for (const item of report.items) {
    const reason = unchecked[item.id];
    if (reason) expect(item).toEqual({ id: item.id, status: 'unchecked', reason });
    else expect(item).toEqual({ id: item.id, status: 'ok' });
  }
}

describe('self-test over the fakes', () => {
  it('passes on the Excel host over the fake Excel, and deletes its scratch sheet', async () => {
    const { host, fake } = makeExcelHost([{ snapshot: seed() }]);
    const report = await runSelfTest(host, {
      calculates: false,
      requirementSets: requirementSetsOf(host.requirements),
      now,
    });
    expectAllAsExpected(report);
    expect(report.scratchSheet).toBe('自检_201530');
    expect(report.hostKind).toBe('excel');
    expect(report.requirementSets).toContainEqual({ name: 'ExcelApi 1.13', supported: true });
    expect(fake.sheetNames()).toEqual(['Sheet1']);
  });

  it('passes on the WPS host over the fake ET, and deletes its scratch sheet', async () => {
    const { host, fake } = makeWpsHost([{ snapshot: seed() }]);
    const report = await runSelfTest(host, { calculates: false, now });
    expectAllAsExpected(report);
    expect(report.hostKind).toBe('wps');
    expect(fake.sheetNames().filter((n) => fake.sheet(n).visible === -1)).toEqual(['Sheet1']);
  });

  it("passes on the pane's memory host, puts the probe setting back and leaves the user's sheet alone", async () => {
    const host = new MemoryHost([seed()], { settings: { [SELF_TEST_SETTING]: '旧值' } });
    const before = await host.readSheet('Sheet1');
    const report = await runSelfTest(host, { calculates: false, now });
    expectAllAsExpected(report, CANNOT_PROTECT);
    expect([...host.sheets.keys()]).toEqual(['Sheet1']);
    expect(await host.readSheet('Sheet1')).toEqual(before);
    expect(await host.getSetting(SELF_TEST_SETTING)).toBe('旧值');
  });

  it('tells a host whose protection lets a locked cell be written', async () => {
    const { host } = makeWpsHost([{ snapshot: seed() }]);
    // a host that says it protects but does not: the locked cell is written
    const leaky: Host = Object.assign(Object.create(host) as Host, {
      setSheetProtection: async () => undefined,
    });
    const report = await runSelfTest(leaky, { calculates: false, now });
    expect(statusById(report).protection).toEqual({
      id: 'protection',
      status: 'differs',
      expected: JSON.stringify({ unlocked: '可填写', locked: null, refused: 'protected' }),
      got: JSON.stringify({ unlocked: '可填写', locked: '不应写入', refused: 'nothing' }),
    });
  });

  it('picks a free scratch name when one is taken', async () => {
    const host = new MemoryHost([seed(), snapshotFromRows('自检_201530', [['x']])]);
    const report = await runSelfTest(host, { calculates: false, now });
    expect(report.scratchSheet).toBe('自检_201530_2');
    expect([...host.sheets.keys()]).toEqual(['Sheet1', '自检_201530']);
  });
});

/** A host that forwards to another but answers some reads wrongly, as a misbehaving real host might. */
function misreading(inner: Host, distort: (s: SheetSnapshot) => SheetSnapshot): Host {
  return {
    kind: inner.kind,
    sheetNames: () => inner.sheetNames(),
    activeSheetName: () => inner.activeSheetName(),
    readSheet: async (name) => distort(await inner.readSheet(name)),
    applyPlan: (plan) => inner.applyPlan(plan),
    select: (sheet, a1) => inner.select(sheet, a1),
    insertTemplate: (spec, sheet, newSheet) => inner.insertTemplate(spec, sheet, newSheet),
    deleteSheet: (name) => inner.deleteSheet(name),
    getSetting: (key) => inner.getSetting(key),
    setSetting: (key, value) => inner.setSetting(key, value),
  };
}

describe('self-test over a host that misbehaves', () => {
  it('reports 不符合 for the fill alone when a host reads fills as none', async () => {
    const memory = new MemoryHost([seed()]);
    // every fill reads as none: a set fill is lost, no fill still reads null, undo's fills agree with it
    const host = misreading(memory, (s) => ({ ...s, fills: s.fills?.map((row) => row.map(() => null)) }));
    const report = await runSelfTest(host, { calculates: false, now });
    const differing = report.items.filter((i) => i.status === 'differs');
    expect(differing).toEqual([{ id: 'fill', status: 'differs', expected: '"#FFC7CE"', got: 'null' }]);
    const text = reportText(report, (key, params) => translate('zh', key, params));
    expect(text).toContain('底色原样读回：不符合（应为 "#FFC7CE"，实为 null）');
    expect(text).toContain('无底色读作空：符合预期');
  });

  it('reports 不符合 for the error value alone when a calculating host loses it', async () => {
    const memory = new MemoryHost([seed()]);
    // a stand-in for a calculating host: formulas read their results, except that an error reads as 0
    const results: Record<string, string | number> = { '=1/0': 0 };
    const host = misreading(memory, (s) => ({
      ...s,
      values: s.values.map((row, r) =>
        row.map((v, c) => {
          const f = s.formulas?.[r]?.[c];
          if (!f) return v;
          if (f in results) return results[f];
          const times = /^=([A-Z]+\d+)\*3$/.exec(f);
          return times ? 6 : v;
        }),
      ),
    }));
    const report = await runSelfTest(host, { calculates: true, now });
    const byId = statusById(report);
    expect(byId.formulaValue).toEqual({ id: 'formulaValue', status: 'ok' });
    expect(byId.errorValue).toEqual({ id: 'errorValue', status: 'differs', expected: '"#DIV/0!"', got: '0' });
    expect(report.items.filter((i) => i.status === 'differs').map((i) => i.id)).toEqual(['errorValue']);
  });

  it('deletes the scratch sheet and reports the step when a step throws', async () => {
    const memory = new MemoryHost([seed()]);
    let plans = 0;
    const host: Host = {
      ...misreading(memory, (s) => s),
      applyPlan: (plan) => {
        // the second write (底色) fails half-way through the self-test
        if (++plans === 2) return Promise.reject(new Error('宿主拒绝写入'));
        return memory.applyPlan(plan);
      },
    };
    const report = await runSelfTest(host, { calculates: false, now });
    const byId = statusById(report);
    expect(byId.fill).toEqual({ id: 'fill', status: 'differs', failed: '宿主拒绝写入' });
    const text = reportText(report, (key, params) => translate('zh', key, params));
    expect(text).toContain('- 底色原样读回：不符合（出错：宿主拒绝写入）');
    expect(byId.noFill.status).toBe('differs');
    expect(byId.undo).toEqual({ id: 'undo', status: 'ok' });
    expect(byId.cleanup).toEqual({ id: 'cleanup', status: 'ok' });
    expect([...memory.sheets.keys()]).toEqual(['Sheet1']);
  });

  it('deletes the scratch sheet even when reading it throws every time', async () => {
    const memory = new MemoryHost([seed()]);
    const host: Host = {
      ...misreading(memory, (s) => s),
      readSheet: () => Promise.reject(new Error('读取失败')),
    };
    const report = await runSelfTest(host, { calculates: false, now });
    expect(report.items.find((i) => i.id === 'template')?.status).toBe('differs');
    expect(report.items.find((i) => i.id === 'cleanup')).toEqual({ id: 'cleanup', status: 'ok' });
    expect([...memory.sheets.keys()]).toEqual(['Sheet1']);
  });
});

describe('self-test report text', () => {
  it('lists the environment and each item, in Chinese and in English', async () => {
    const host = new MemoryHost([seed()]);
    const report = await runSelfTest(host, {
      calculates: false,
      version: '16.0.18025',
      platform: 'PC',
      requirementSets: [
        { name: 'ExcelApi 1.4', supported: true },
        { name: 'ExcelApi 1.20', supported: false },
      ],
      userAgent: 'Mozilla/5.0 Edg/131',
      now,
    });
    const zh = reportText(report, (key, params) => translate('zh', key, params)).split('\n');
    expect(zh.slice(0, 9)).toEqual([
      '绩效自评助手 自检报告',
      '宿主：file',
      '版本：16.0.18025',
      '平台：PC',
      '要求集：ExcelApi 1.4 ✓, ExcelApi 1.20 ✗',
      '浏览器内核：Mozilla/5.0 Edg/131',
      `时间：${AT.toISOString()}`,
      '临时工作表：自检_201530',
      '符合预期 11 项，不符合 0 项，未检查 4 项',
    ]);
    expect(zh).toContain('- 公式的计算结果：未检查（此宿主不计算公式）');
    expect(zh).toHaveLength(9 + 15);
    const en = reportText(report, (key, params) => translate('en', key, params));
    expect(en).toContain('- Percent number format: as expected');
    expect(en).toContain('11 as expected, 0 differ, 4 not checked');
  });
});

describe('self-test over the file host (the browser page)', () => {
  it('passes on a workbook opened from bytes', async () => {
    const host = await FileHost.fromData(
      await xlsxBytes((book) => {
        book.addWorksheet('Sheet1').addRows([
          ['部门', '金额'],
          ['办公室', 12],
        ]);
      }),
      'book.xlsx',
    );
    const report = await runSelfTest(host, { calculates: false, now });
    expectAllAsExpected(report, CANNOT_PROTECT);
    expect(await host.sheetNames()).toEqual(['Sheet1']);
  });
});
