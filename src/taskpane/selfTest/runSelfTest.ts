import { CellRange, rangeToA1, toA1 } from '../../core/address';
import { CellEdit, CellState, cellState, EditPlan, undoPlanFor } from '../../core/edits';
import { SheetSnapshot } from '../../core/grid';
import { DEFAULT_PRESET_ID, presetById } from '../../core/presets';
import { buildTemplate, listTemplates } from '../../core/templates';
import { TemplateSpec } from '../../core/templateSpec';
import { Host, HostError } from '../../hosts/host';
import { SelfTestEnvironment, SelfTestItem, SelfTestItemId, SelfTestReport } from './types';

/** The setting the self-test writes and puts back; no other code reads it. */
export const SELF_TEST_SETTING = 'selfTestProbe';

const MARK_FILL = '#FFC7CE';
const OTHER_FILL = '#C6EFCE';
const PERCENT_FORMAT = '0.0%';

/** How a value is shown in the report: JSON, so that `"00123"` (text) and `123` (number) differ visibly. */
export function shown(value: unknown): string {
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

function compare(id: SelfTestItemId, expected: unknown, got: unknown): SelfTestItem {
  const e = shown(expected);
  const g = shown(got);
  return e === g ? { id, status: 'ok' } : { id, status: 'differs', expected: e, got: g };
}

function thrown(id: SelfTestItemId, e: unknown): SelfTestItem {
  const message = e instanceof Error ? e.message : String(e);
  return { id, status: 'differs', failed: message };
}

/** A template that carries merges, a list validation and a conditional format (the first in the catalogue). */
function probeTemplate(): TemplateSpec {
  const preset = presetById(DEFAULT_PRESET_ID);
  let fallback: TemplateSpec | undefined;
  for (const entry of listTemplates()) {
    const spec = buildTemplate(entry.id, { row: 0, col: 0 }, preset);
    if (!spec) continue;
    fallback ??= spec;
    const hasList = spec.validations.some((v) => v.type === 'list');
    if (spec.merges.length > 0 && hasList && spec.conditionalFormats.length > 0) return spec;
  }
  if (!fallback) throw new Error('no template in the catalogue');
  return fallback;
}

function sortedMerges(merges: readonly CellRange[]): string[] {
  return merges.map(rangeToA1).sort();
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** `自检_HHMMSS`, with a counter when a sheet of that name already exists. */
function freeName(taken: readonly string[], at: Date): string {
  const base = `自检_${pad2(at.getHours())}${pad2(at.getMinutes())}${pad2(at.getSeconds())}`;
  let name = base;
  for (let n = 2; taken.includes(name); n++) name = `${base}_${n}`;
  return name;
}

/**
 * Checks, through the Host interface only, each behaviour the adapters rely on, on a scratch sheet it
 * creates (with a template, the one way a Host creates a sheet) and always deletes. Every answer is
 * compared with what the adapter expects; a step that throws is reported as differing, never thrown.
 */
export async function runSelfTest(host: Host, env: SelfTestEnvironment): Promise<SelfTestReport> {
  const now = env.now ?? (() => new Date());
  const startedAt = now();
  const items: SelfTestItem[] = [];
  let scratch = '自检';
  const report = (): SelfTestReport => ({
    hostKind: host.kind,
    version: env.version,
    platform: env.platform,
    requirementSets: env.requirementSets ?? [],
    userAgent: env.userAgent,
    ranAt: startedAt.toISOString(),
    scratchSheet: scratch,
    items,
  });

  /** Runs one step; its items, or one `differs` item per id when it throws. */
  const step = async (ids: SelfTestItemId[], work: () => Promise<SelfTestItem[]>) => {
    try {
      items.push(...(await work()));
    } catch (e) {
      items.push(...ids.map((id) => thrown(id, e)));
    }
  };

  try {
    scratch = freeName(await host.sheetNames(), startedAt);
  } catch (e) {
    items.push(thrown('template', e));
    return report();
  }

  const spec = probeTemplate();
  const col = spec.range.right + 2; // the probes sit right of the template, clear of its merges
  const undoCol = col + 1;
  const at = (row: number, c = col) => ({ sheet: scratch, row, col: c });
  const read = () => host.readSheet(scratch);
  const apply = (label: string, edits: CellEdit[]) => host.applyPlan({ label: `自检：${label}`, edits });

  try {
    await step(['template', 'templateRules'], async () => {
      await host.insertTemplate(spec, scratch, true);
      const snap = await read();
      return [
        compare('template', sortedMerges(spec.merges), sortedMerges(snap.merges)),
        { id: 'templateRules', status: 'unchecked', reason: 'rulesNotReadable' },
      ];
    });

    await step(
      ['number', 'text', 'numericText', 'formula', 'formulaValue', 'errorValue', 'percent'],
      async () => {
        const source = toA1(3, col);
        await apply('写入', [
          { ...at(0), value: 1234.5 },
          { ...at(1), value: '绩效自评' },
          { ...at(2), value: '00123' },
          { ...at(3), value: 2 },
          { ...at(4), formula: `=${source}*3` },
          { ...at(5), formula: '=1/0' },
          { ...at(6), value: 0.125, numberFormat: PERCENT_FORMAT },
        ]);
        const snap = await read();
        const cell = (row: number) => cellState(snap, row, col);
        const out: SelfTestItem[] = [
          compare('number', 1234.5, cell(0).value),
          compare('text', '绩效自评', cell(1).value),
          compare('numericText', '00123', cell(2).value),
          compare('formula', [`=${source}*3`, '=1/0'], [cell(4).formula, cell(5).formula]),
        ];
        if (env.calculates) {
          out.push(
            compare('formulaValue', 6, cell(4).value),
            compare('errorValue', '#DIV/0!', cell(5).value),
          );
        } else {
          out.push(
            { id: 'formulaValue', status: 'unchecked', reason: 'noCalculation' },
            { id: 'errorValue', status: 'unchecked', reason: 'noCalculation' },
          );
        }
        out.push(compare('percent', [0.125, PERCENT_FORMAT], [cell(6).value, cell(6).numberFormat]));
        return out;
      },
    );

    await step(['fill', 'noFill'], async () => {
      await apply('底色', [
        { ...at(7), fill: MARK_FILL },
        { ...at(8), fill: OTHER_FILL },
      ]);
      await apply('无底色', [{ ...at(8), fill: null }]);
      const snap = await read();
      return [
        compare('fill', MARK_FILL, cellState(snap, 7, col).fill),
        compare('noFill', null, cellState(snap, 8, col).fill),
      ];
    });

    await step(['undo'], async () => {
      await apply('原值', [
        { ...at(0, undoCol), value: 10 },
        { ...at(1, undoCol), value: '原值', fill: OTHER_FILL },
        { ...at(2, undoCol), value: 0.5, numberFormat: '0%' },
      ]);
      const before = await read();
      const plan: EditPlan = {
        label: '自检：改写',
        edits: [
          { ...at(0, undoCol), formula: '=1+1', value: 2 },
          { ...at(1, undoCol), value: '改后', fill: MARK_FILL },
          { ...at(2, undoCol), numberFormat: '0.00', fill: MARK_FILL },
          { ...at(3, undoCol), value: '新值' },
        ],
      };
      await host.applyPlan(plan);
      await host.applyPlan(undoPlanFor(plan, new Map([[scratch, before]])));
      const after = await read();
      const states = (snap: SheetSnapshot): CellState[] =>
        [0, 1, 2, 3].map((row) => cellState(snap, row, undoCol));
      return [compare('undo', states(before), states(after))];
    });

    await step(['settings'], async () => {
      const previous = await host.getSetting(SELF_TEST_SETTING);
      const probe = `自检 ${startedAt.toISOString()}`;
      await host.setSetting(SELF_TEST_SETTING, probe);
      let got: string | null;
      try {
        got = await host.getSetting(SELF_TEST_SETTING);
      } finally {
        // put back what was there; a Host cannot remove a setting, so "none" becomes empty text
        await host.setSetting(SELF_TEST_SETTING, previous ?? '');
      }
      return [compare('settings', probe, got)];
    });

    const protect = host.setSheetProtection?.bind(host);
    if (!protect) {
      items.push({ id: 'protection', status: 'unchecked', reason: 'needsProtectedForm' });
    } else {
      // A protected form with one input cell left unlocked: that cell is written, a locked one refused.
      await step(['protection'], async () => {
        const open = at(10);
        const locked = at(11);
        await protect(scratch, { unlocked: [{ top: 10, left: col, bottom: 10, right: col }] });
        try {
          await apply('受保护', [{ ...open, value: '可填写' }]);
          let refused = 'nothing';
          try {
            await apply('受保护', [{ ...locked, value: '不应写入' }]);
          } catch (e) {
            refused = e instanceof HostError ? e.code : 'error';
          }
          const snap = await read();
          return [
            compare(
              'protection',
              { unlocked: '可填写', locked: null, refused: 'protected' },
              { unlocked: cellState(snap, 10, col).value, locked: cellState(snap, 11, col).value, refused },
            ),
          ];
        } finally {
          await protect(scratch, null);
        }
      });
    }
  } finally {
    await step(['cleanup'], async () => {
      if ((await host.sheetNames()).includes(scratch)) await host.deleteSheet(scratch);
      return [compare('cleanup', false, (await host.sheetNames()).includes(scratch))];
    });
  }
  return report();
}
