import { resolve } from 'node:path';
import { SETTING_PRESET } from '../core/settings';
import { analyzeSheet, AnalyzeOptions, SheetAnalysis, withDeclaredTargets } from '../core/analyze';
import { materialized, TableTargets } from '../core/declaredTargets';
import { Grid, SheetSnapshot } from '../core/grid';
import { loadSnapshotWorkbookFile } from '../hosts/file/sheetjs/loadSnapshotFile';
import { settingOf, SnapshotWorkbook } from '../hosts/file/sheetjs/readSheetJs';
import { WorkbookReadError } from '../hosts/file/readErrors';
import { optionValue, parseArgs, UsageError } from './args';
import { formatCheckedFile, formatCheckJson, formatSummary } from './checkOutput';
import { exitCodeFor, FileCheck, isFailed } from './checkResults';
import { checkInParallel, defaultJobs } from './batch';
import { CliContext, processIo } from './io';
import { presetNamesForHelp, presetOption } from './names';
import { progressLine } from './progress';
import { formFacts, FormFacts } from './report/formFacts';
import { reportFormatOf, reportWrittenNote, writeReport } from './report/writeReport';
import { expandInputs } from './walk';
import { COMMON_OPTIONS, PRESET_OPTION, SHEET_OPTION } from './options';

export type Analyzer = (snapshot: SheetSnapshot, options: AnalyzeOptions) => SheetAnalysis;

export interface CheckOptions {
  files: string[];
  json: boolean;
  /** Only these sheets (every sheet when empty). */
  sheets: string[];
  /** Overrides the preset a workbook remembers. */
  preset?: string;
  /** Declaration workbooks (绩效目标申报表) to compare the self-evaluations' targets with. */
  targets: string[];
}

export const CHECK_OPTIONS = [
  { name: 'json', takesValue: false },
  { name: 'jobs', takesValue: true },
  { name: 'report', takesValue: true },
  { name: 'targets', takesValue: true },
  SHEET_OPTION,
  PRESET_OPTION,
  ...COMMON_OPTIONS,
] as const;

export const CHECK_USAGE = {
  zh: `用法：selfeval check 文件或文件夹... [选项]

检查每个文件中的绩效自评表：先列出识别到的表格，再列出问题（错误、警告、提示）。
可读取 .xlsx、.xls、.et、.ods；给出文件夹时检查其中（含子文件夹）所有表格文件，按路径排序。

选项：
  --json          按约定的 JSON 格式输出（每个文件的 regions 与 findings）
  --jobs 数量     同时检查的文件数（默认为本机处理器核数）
  --report 文件   另外写出审核结果：.xlsx（汇总表与问题清单，可筛选）或 .html（单个网页）
  --sheet 名称    只检查这个工作表（可重复）
  --preset 编号   使用指定的规则预设：${presetNamesForHelp('zh')}
                  不给时用工作簿记住的预设，否则用 national-2020
  --targets 文件  与这个绩效目标申报表工作簿中申报的指标值比对（可重复）；
                  每个文件内的自评表也与同一文件中的申报表比对
  --lang zh|en    输出语言（默认 zh）
  -h, --help      显示本说明

退出码：0 没有错误；1 发现错误；2 有文件无法读取或参数有误。
`,
  en: `Usage: selfeval check FILE-OR-FOLDER... [options]

Checks the self-evaluation tables in each file: lists the tables detected, then the findings.
Reads .xlsx, .xls, .et and .ods; a folder stands for every spreadsheet in it (subfolders too), by path.

Options:
  --json          print the JSON document (regions and findings per file)
  --jobs N        files checked at once (default: the machine's cores)
  --report FILE   also write the review: .xlsx (summary and findings sheets) or .html (one page)
  --sheet NAME    check only this sheet (repeatable)
  --preset ID     use this preset: ${presetNamesForHelp('en')}
                  default: the preset the workbook remembers, else national-2020
  --targets FILE  compare the targets with those declared in this workbook (repeatable);
                  each file's self-evaluations are also compared with its own declarations
  --lang zh|en    output language (default zh)
  -h, --help      show this help

Exit status: 0 no errors; 1 errors found; 2 a file could not be read or bad arguments.
`,
};

/** `selfeval check`: parses its arguments, checks every file in turn and prints the report. */
export async function runCheck(
  argv: readonly string[],
  ctx: CliContext,
  analyze: Analyzer = analyzeSheet,
): Promise<number> {
  const parsed = parseArgs(argv, CHECK_OPTIONS);
  if (parsed.flags.has('help')) {
    ctx.io.out(CHECK_USAGE[ctx.lang]);
    return 0;
  }
  if (parsed.positionals.length === 0) {
    throw new UsageError('请至少给出一个 .xlsx 文件', 'Give at least one .xlsx file');
  }
  const jobs = jobsOption(optionValue(parsed, 'jobs'));
  const reportPath = optionValue(parsed, 'report');
  if (reportPath) reportFormatOf(reportPath);
  const options: CheckOptions = {
    files: await expandInputs(parsed.positionals),
    json: parsed.flags.has('json'),
    sheets: [...new Set(parsed.values.get('sheet') ?? [])],
    preset: presetOption(parsed),
    targets: parsed.values.get('targets') ?? [],
  };
  // A report written into the folder being checked is not one of the forms (nor is last run's, same name).
  if (reportPath) options.files = options.files.filter((f) => resolve(f) !== resolve(reportPath));
  if (options.files.length === 0) {
    const where = parsed.positionals.join('、');
    throw new UsageError(
      `文件夹中没有表格文件（.xlsx、.xls、.et、.ods）：${where}`,
      `No spreadsheet files in ${where}`,
    );
  }
  const { tables: declarations, unreadable } = await readDeclarations(options.targets, analyze);
  const results: FileCheck[] = [];
  // Text reports stream file by file, in the files' order; JSON is one document at the end.
  const report = (result: FileCheck) => {
    results.push(result);
    if (options.json) return;
    if (isFailed(result)) ctx.io.err(`selfeval: ${ctx.lang === 'en' ? result.errorEn : result.error}\n`);
    else ctx.io.out(formatCheckedFile(result, ctx.lang));
  };
  const progress =
    ctx.io === processIo && process.stderr.isTTY ? progressLine(options.files.length, ctx.lang) : null;
  // Workers only for the real analysis (tests hand in their own) and more than one file.
  if (jobs > 1 && options.files.length > 1 && analyze === analyzeSheet) {
    await checkInParallel(options.files, options, jobs, (_i, result) => {
      progress?.clear();
      report(result);
      progress?.show(results.length);
    });
  } else {
    for (const file of options.files) {
      progress?.clear();
      report(await checkFile(file, options, analyze, declarations));
      progress?.show(results.length);
    }
  }
  progress?.clear();
  for (const failed of unreadable)
    if (isFailed(failed) && !options.json)
      ctx.io.err(`selfeval: ${ctx.lang === 'en' ? failed.errorEn : failed.error}\n`);
  ctx.io.out(options.json ? formatCheckJson(results, ctx.lang) : formatSummary(results, ctx.lang));
  if (reportPath) {
    try {
      await writeReport(reportPath, results, ctx.lang);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      ctx.io.err(
        ctx.lang === 'en'
          ? `selfeval: cannot write the report ${reportPath} (${detail})\n`
          : `selfeval: 无法写出审核结果 ${reportPath}（${detail}）\n`,
      );
      return 2;
    }
    // Under --json, stdout holds the JSON document alone.
    const note = reportWrittenNote(reportPath, results.length, ctx.lang);
    if (options.json) ctx.io.err(note);
    else ctx.io.out(note);
  }
  return Math.max(exitCodeFor(results), exitCodeFor(unreadable));
}

/** The annual target tables of the `--targets` workbooks, read once for every file checked. */
export async function readDeclarations(
  files: readonly string[],
  analyze: Analyzer,
): Promise<{ tables: TableTargets[]; unreadable: FileCheck[] }> {
  const tables: TableTargets[] = [];
  const unreadable: FileCheck[] = [];
  for (const file of files) {
    const read = await declarationsOf(file, analyze);
    if ('tables' in read) tables.push(...read.tables);
    else unreadable.push(read);
  }
  return { tables, unreadable };
}

function jobsOption(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) {
    throw new UsageError(
      `选项 --jobs 需要 1 到 256 的整数，不能是 ${value}`,
      `Option --jobs takes an integer from 1 to 256, not ${value}`,
    );
  }
  return n;
}

/** The annual target tables of a declaration workbook (`--targets`), read once for every file checked. */
async function declarationsOf(
  file: string,
  analyze: Analyzer,
): Promise<{ tables: TableTargets[] } | FileCheck> {
  const read = await checkFile(file, { files: [], json: false, sheets: [], targets: [] }, analyze, [], true);
  if (isFailed(read)) return read;
  return { tables: read.declared ?? [] };
}

/**
 * Reads one file and analyses the sheets asked for; any failure becomes that file's error, never a throw.
 * Its self-evaluations are compared with the declarations in the same workbook and in `declarations`
 * (target-changed, DOMAIN §9); files of a batch are not paired with each other (two units may both have a
 * 综治工作经费). `keepDeclarations` returns the workbook's own annual target tables, read.
 */
export async function checkFile(
  file: string,
  options: CheckOptions,
  analyze: Analyzer,
  declarations: readonly TableTargets[] = [],
  keepDeclarations = false,
): Promise<FileCheck & { declared?: TableTargets[] }> {
  // Checking changes nothing, so the faster reader (SheetJS) reads every format; see DECISIONS.md.
  let book: SnapshotWorkbook;
  try {
    book = await loadSnapshotWorkbookFile(file);
  } catch (error) {
    if (error instanceof WorkbookReadError) return { file, error: error.message, errorEn: error.messageEn };
    return unexpected(file, error);
  }
  try {
    const names = book.sheets.map((s) => s.name);
    const missing = options.sheets.filter((s) => !names.includes(s));
    if (missing.length > 0) {
      return {
        file,
        error: `找不到工作表：${missing.join('、')}（${file}）`,
        errorEn: `No sheet named ${missing.join(', ')} in ${file}`,
      };
    }
    const preset = options.preset ?? settingOf(book, SETTING_PRESET) ?? undefined;
    const analyses: SheetAnalysis[] = [];
    const forms: FormFacts[] = [];
    for (const name of options.sheets.length > 0 ? options.sheets : names) {
      const snapshot = book.sheets[names.indexOf(name)];
      const analysis = analyze(snapshot, { preset });
      analyses.push(analysis);
      const grid = new Grid(snapshot);
      forms.push(...analysis.regions.map((region) => formFacts(grid, region)));
    }
    const compared = withDeclaredTargets(
      analyses.map((a) => ({ ...a, targets: a.targets.map((t) => ({ ...t, file })) })),
      declarations,
    );
    const declared = keepDeclarations
      ? materialized(compared.flatMap((a) => a.targets).filter((t) => t.kind === 'target'))
      : undefined;
    return {
      file,
      regions: compared.flatMap((a) =>
        a.regions.map(({ sheet, kind, layout, range, title }) => ({ sheet, kind, layout, range, title })),
      ),
      findings: compared.flatMap((a) => a.findings),
      forms,
      declared,
    };
  } catch (error) {
    return unexpected(file, error);
  }
}

function unexpected(file: string, error: unknown): FileCheck {
  const detail = error instanceof Error ? error.message : String(error);
  return { file, error: `检查失败：${file}（${detail}）`, errorEn: `Check failed: ${file} (${detail})` };
}
