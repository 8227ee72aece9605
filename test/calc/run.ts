/**
 * `npm run test:calc`: the formulas we write, proven in a real spreadsheet engine. Fixture workbooks are
 * fixed with `selfeval fix`, their cached values poisoned, recalculated by LibreOffice headless and read back
 * with the file host; every template is filled with sample numbers the same way. Last line: `N passed, M failed`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import * as ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/main';
import { templateSheetName } from '../../src/core/templates/sheetName';
import { refToA1, toA1 } from '../../src/core/address';
import { runChecks } from '../../src/core/checks';
import { detectRegions } from '../../src/core/detect';
import { FormulaItem, planFormulas, PlanningOptions, resolvePlan } from '../../src/core/formulas';
import { Grid } from '../../src/core/grid';
import { presetById } from '../../src/core/presets';
import { buildTemplateForm, listTemplates } from '../../src/core/templates';
import { FileHost } from '../../src/hosts/file/fileHost';
import { buildAll } from '../fixtures/build';
import { sampleFill } from '../core/templates/sampleFill';
import { countColour, inkedHeightShare, renderPages, writeBlankTemplates } from './blankTemplates';
import { verifyFormats } from './formats';
import { makeProfile, recalculate } from './libreoffice';
import { OVER_MAX_FILL } from '../../src/core/templates/overMax';
import { poisonCaches, POISON, readGrids, sameShownValue } from './workbooks';

interface Outcome {
  name: string;
  ok: boolean;
  detail?: string;
}

const outcomes: Outcome[] = [];

function expect(name: string, ok: boolean, detail?: string): void {
  outcomes.push({ name, ok, detail: ok ? undefined : detail });
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${ok || !detail ? '' : `\n     ${detail}`}`);
}

const preset = presetById(null);
const CURED_RULES = new Set(['rate', 'fund-score', 'total', 'grade']);
const quietIo = { out: () => undefined, err: () => undefined };

interface FixCase {
  name: string;
  input: string;
  flags: string[];
  options: PlanningOptions;
  written: FormulaItem[];
  fixedFile: string;
}

/** What `fix` will write, from the same planner the command uses. */
async function plannedWrites(file: string, options: PlanningOptions): Promise<FormulaItem[]> {
  const written: FormulaItem[] = [];
  for (const grid of (await readGrids(file)).values()) {
    for (const region of detectRegions(grid)) {
      written.push(...resolvePlan(planFormulas(grid, region, preset, options), options).written);
    }
  }
  return written;
}

async function prepareFixCases(fixtures: string[], dir: string): Promise<FixCase[]> {
  const variants: { match: RegExp; tag: string; flags: string[]; options: PlanningOptions }[] = [
    { match: /./, tag: 'fix', flags: [], options: {} },
    { match: /seed003|short-sum/, tag: 'fix--force', flags: ['--force'], options: { force: true } },
    {
      match: /number-as-text/,
      tag: 'fix--convert-text-numbers',
      flags: ['--convert-text-numbers'],
      options: { convertText: true },
    },
    // 建议得分: the scoring rule's formulas (MIN/MAX over the target and actual cells) recalculate alike
    {
      match: /seed00[0-3]|variant/,
      tag: 'fix--rule-scores',
      flags: ['--rule-scores', '--force'],
      options: { ruleScores: true, force: true },
    },
  ];
  const cases: FixCase[] = [];
  for (const input of fixtures) {
    for (const v of variants.filter((x) => x.match.test(basename(input)))) {
      const name = `${basename(input, '.xlsx')} ${v.tag}`;
      const fixed = join(dir, 'fixed', `${basename(input, '.xlsx')}.${v.tag}.xlsx`);
      const code = await runCli(['fix', input, '-o', fixed, ...v.flags], quietIo);
      expect(`${name}: selfeval fix exits 0 or 1`, code === 0 || code === 1, `exit ${code}`);
      if (code === 2) continue;
      const poisoned = join(dir, 'poisoned', basename(fixed));
      await poisonCaches(fixed, poisoned);
      cases.push({
        name,
        input,
        flags: v.flags,
        options: v.options,
        written: await plannedWrites(input, v.options),
        fixedFile: poisoned,
      });
    }
  }
  return cases;
}

/** A workbook with the template inserted by the file host and the sample typed into it. */
async function prepareTemplate(
  id: string,
  dir: string,
): Promise<{ file: string; expectedTotal: number | null; expectedGrade: string | null }> {
  const entry = listTemplates().find((t) => t.id === id);
  const built = buildTemplateForm(id, { row: 0, col: 0 }, preset);
  if (!entry || !built) throw new Error(`no template ${id}`);
  const sheet = templateSheetName(entry.name);
  const host = new FileHost(new ExcelJS.Workbook());
  await host.insertTemplate(built.spec, sheet, true);
  const fill = sampleFill(built, sheet);
  await host.applyPlan({ label: 'sample', edits: fill.edits });
  const file = join(dir, 'poisoned', `template-${id}.xlsx`);
  const typed = join(dir, 'typed', `template-${id}.xlsx`);
  mkdirSync(join(dir, 'typed'), { recursive: true });
  writeFileSync(typed, await host.toBuffer());
  await poisonCaches(typed, file);
  return { file, expectedTotal: fill.expectedTotal, expectedGrade: fill.expectedGrade };
}

function verifyFix(c: FixCase, recalculated: Map<string, Grid>, before: Map<string, Grid>): void {
  const mismatches: string[] = [];
  let poisoned = 0;
  for (const item of c.written) {
    const grid = recalculated.get(item.sheet);
    const read = grid ? grid.raw(item.row, item.col) : null;
    if (read === POISON) poisoned++;
    if (!sameShownValue(read, item.computed)) {
      mismatches.push(
        `${item.sheet}!${toA1(item.row, item.col)} LibreOffice ${JSON.stringify(read)} ≠ computed ${JSON.stringify(item.computed)}`,
      );
    }
  }
  expect(
    `${c.name}: all ${c.written.length} written cells evaluate in LibreOffice to the computed value`,
    mismatches.length === 0 && poisoned === 0,
    mismatches.slice(0, 5).join('; '),
  );
  const writtenAt = new Set(c.written.map((i) => `${i.sheet}!${toA1(i.row, i.col)}`));
  const curedBefore = [...before.entries()].flatMap(([, grid]) =>
    runChecks(grid, detectRegions(grid), preset).filter(
      (f) => CURED_RULES.has(f.rule) && writtenAt.has(`${f.sheet}!${f.cell}`),
    ),
  );
  const left = [...recalculated.entries()].flatMap(([, grid]) =>
    runChecks(grid, detectRegions(grid), preset).filter(
      (f) => CURED_RULES.has(f.rule) && writtenAt.has(`${f.sheet}!${f.cell}`),
    ),
  );
  expect(
    `${c.name}: check after recalculation: no rate/fund-score/total/grade finding left on a written cell (${curedBefore.length} before)`,
    left.length === 0,
    left
      .map((f) => `${f.rule}@${f.sheet}!${f.cell} ${f.message}`)
      .slice(0, 5)
      .join('; '),
  );
}

function verifyTemplate(
  id: string,
  grids: Map<string, Grid>,
  expectedTotal: number | null,
  expectedGrade: string | null,
): void {
  const [grid] = grids.values();
  const built = buildTemplateForm(id, { row: 0, col: 0 }, preset);
  if (!grid || !built) {
    expect(`template ${id}: recalculated workbook readable`, false, 'no sheet');
    return;
  }
  const regions = detectRegions(grid);
  expect(
    `template ${id}: filled and recalculated, detected as one ${built.region.kind}/${built.region.layout} region`,
    regions.length === 1 &&
      regions[0].kind === built.region.kind &&
      regions[0].layout === built.region.layout,
    regions.map((r) => `${r.kind}/${r.layout}`).join(', ') || 'no region',
  );
  const findings = runChecks(grid, regions, preset);
  expect(
    `template ${id}: no findings`,
    findings.length === 0,
    findings
      .map((f) => `${f.rule}@${f.cell} ${f.message}`)
      .slice(0, 5)
      .join('; '),
  );
  const total = built.region.total;
  if (total && expectedTotal !== null) {
    const read = grid.raw(total.ref.row, total.ref.col);
    expect(
      `template ${id}: total ${refToA1(total.ref)} = ${expectedTotal}`,
      sameShownValue(read, expectedTotal),
      `read ${JSON.stringify(read)}`,
    );
  }
  const grade = built.region.grade;
  if (grade && expectedGrade !== null) {
    const read = grid.raw(grade.ref.row, grade.ref.col);
    expect(
      `template ${id}: grade ${refToA1(grade.ref)} = ${expectedGrade}`,
      read === expectedGrade,
      `read ${JSON.stringify(read)}`,
    );
  }
  const stale = [...Array(grid.rowCount).keys()].flatMap((r) =>
    [...Array(grid.colCount).keys()].filter((c) => grid.raw(r, c) === POISON).map((c) => toA1(r, c)),
  );
  expect(
    `template ${id}: every formula recalculated`,
    stale.length === 0,
    `not recalculated: ${stale.join(', ')}`,
  );
  // The recalculated file needs no formula: the planner finds every one in place with its value.
  if (regions.length === 1) {
    const plan = planFormulas(grid, regions[0], preset);
    const notInPlace = plan.items.filter((i) => i.status !== 'unchanged');
    expect(
      `template ${id}: fix on the recalculated form changes nothing`,
      notInPlace.length === 0,
      notInPlace.map((i) => i.messageEn).join('; '),
    );
  }
}

/**
 * Every blank template as LibreOffice prints it: no conditional fill fires on an empty form (an empty score
 * formula's "" is text, and text compares above numbers), one page, and the form fills the page's height
 * rather than its top third. This machine renders Calibri widths with DejaVu Sans (no Carlito), which makes
 * columns about a third wider than Excel does, so a form sized for Excel's A4 page fills less of it here.
 */
const MIN_INKED_SHARE = 0.55;

async function verifyBlankTemplates(profile: string, dir: string): Promise<Map<string, string>> {
  mkdirSync(dir, { recursive: true });
  const files = await writeBlankTemplates(dir);
  const pages = await renderPages(profile, [...files.values()], dir);
  for (const [id, file] of files) {
    const rendered = pages.get(file) ?? [];
    expect(`blank template ${id}: prints on one A4 page`, rendered.length === 1, `${rendered.length} pages`);
    const pink = rendered.reduce((n, page) => n + countColour(page, OVER_MAX_FILL), 0);
    expect(
      `blank template ${id}: no conditional fill (${OVER_MAX_FILL}) on the empty form`,
      pink === 0,
      `${pink} pixels of ${OVER_MAX_FILL}`,
    );
    const share = rendered.length > 0 ? inkedHeightShare(rendered[0]) : 0;
    expect(
      `blank template ${id}: fills the page (${(share * 100).toFixed(0)}% of its height ≥ ${Math.round(MIN_INKED_SHARE * 100)}%)`,
      share >= MIN_INKED_SHARE,
      `the form covers ${(share * 100).toFixed(0)}% of the page height`,
    );
  }
  return files;
}

/** A blank form's grade shows nothing until its total has a value. */
function verifyBlankGrade(id: string, grids: Map<string, Grid>): void {
  const built = buildTemplateForm(id, { row: 0, col: 0 }, preset);
  const grade = built?.region.grade;
  if (!grade) return;
  const [grid] = grids.values();
  const read = grid?.raw(grade.ref.row, grade.ref.col) ?? null;
  expect(
    `blank template ${id}: grade ${refToA1(grade.ref)} empty until the total has a value`,
    read === null || read === '',
    `read ${JSON.stringify(read)}`,
  );
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'selfeval-calc-'));
  try {
    const profile = makeProfile(join(work, 'profile'));
    for (const d of ['fixed', 'poisoned', 'recalc']) mkdirSync(join(work, d), { recursive: true });
    const fixtures = await buildAll(join(work, 'fixtures'));
    const cases = await prepareFixCases(fixtures, work);
    const templates = new Map<string, Awaited<ReturnType<typeof prepareTemplate>>>();
    for (const t of listTemplates()) templates.set(t.id, await prepareTemplate(t.id, work));

    const blanks = await verifyBlankTemplates(profile, join(work, 'blank'));
    const files = [
      ...cases.map((c) => c.fixedFile),
      ...[...templates.values()].map((t) => t.file),
      ...blanks.values(),
    ];
    const started = Date.now();
    await recalculate(profile, files, join(work, 'recalc'));
    console.log(
      `LibreOffice recalculated ${files.length} workbooks in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );

    for (const c of cases) {
      const recalculated = join(work, 'recalc', basename(c.fixedFile));
      verifyFix(c, await readGrids(recalculated), await readGrids(c.input));
    }
    for (const [id, t] of templates) {
      verifyTemplate(
        id,
        await readGrids(join(work, 'recalc', basename(t.file))),
        t.expectedTotal,
        t.expectedGrade,
      );
    }
    for (const [id, file] of blanks)
      verifyBlankGrade(id, await readGrids(join(work, 'recalc', basename(file))));
    await verifyFormats(profile, fixtures, work, expect);
  } catch (error) {
    expect('test:calc ran to the end', false, error instanceof Error ? error.message : String(error));
  } finally {
    if (!process.env.SELFEVAL_CALC_KEEP) rmSync(work, { recursive: true, force: true });
    else console.log(`kept ${work}`);
  }
  const failed = outcomes.filter((o) => !o.ok).length;
  console.log(`${outcomes.length - failed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

void main();
