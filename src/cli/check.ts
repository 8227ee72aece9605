import { SETTING_PRESET } from '../core/settings';
import { analyzeSheet, AnalyzeOptions, SheetAnalysis } from '../core/analyze';
import { compareDeclaredTargets, TableTargets } from '../core/declaredTargets';
import { Finding } from '../core/findings';
import { SheetSnapshot } from '../core/grid';
import { Region } from '../core/model';
import { PRESETS } from '../core/presets';
import { FileHost } from '../hosts/file/fileHost';
import { loadWorkbookFile } from '../hosts/file/loadFile';
import { WorkbookReadError } from '../hosts/file/readErrors';
import { optionValue, parseArgs, UsageError } from './args';
import { formatCheckedFile, formatCheckJson, formatSummary } from './checkOutput';
import { exitCodeFor, FileCheck, isFailed } from './checkResults';
import { CliContext } from './io';
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
  { name: 'targets', takesValue: true },
  SHEET_OPTION,
  PRESET_OPTION,
  ...COMMON_OPTIONS,
] as const;

export const CHECK_USAGE = {
  zh: `用法：selfeval check 文件.xlsx... [选项]

检查每个文件中的绩效自评表：先列出识别到的表格，再列出问题（错误、警告、提示）。

选项：
  --json          按约定的 JSON 格式输出（每个文件的 regions 与 findings）
  --sheet 名称    只检查这个工作表（可重复）
  --preset 编号   使用指定的规则预设：${PRESETS.map((p) => p.id).join('、')}
                  不给时用工作簿记住的预设，否则用 national-2020
  --targets 文件  与这个绩效目标申报表工作簿中申报的指标值比对（可重复）；
                  每个文件内的自评表也与同一文件中的申报表比对
  --lang zh|en    输出语言（默认 zh）
  -h, --help      显示本说明

退出码：0 没有错误；1 发现错误；2 有文件无法读取或参数有误。
`,
  en: `Usage: selfeval check FILE.xlsx... [options]

Checks the self-evaluation tables in each file: lists the tables detected, then the findings.

Options:
  --json          print the JSON document (regions and findings per file)
  --sheet NAME    check only this sheet (repeatable)
  --preset ID     use this preset: ${PRESETS.map((p) => p.id).join(', ')}
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
  const options: CheckOptions = {
    files: parsed.positionals,
    json: parsed.flags.has('json'),
    sheets: [...new Set(parsed.values.get('sheet') ?? [])],
    preset: optionValue(parsed, 'preset'),
    targets: parsed.values.get('targets') ?? [],
  };
  const checked: FileCheck[] = [];
  for (const file of options.files) checked.push(await checkFile(file, options, analyze));
  const declarations: FileCheck[] = [];
  for (const file of options.targets)
    declarations.push(await checkFile(file, { ...options, sheets: [] }, analyze));
  const results = withDeclaredTargetsAcrossFiles(checked, declarations);
  for (const result of [...results, ...declarations.filter(isFailed)]) {
    // JSON is one document at the end.
    if (options.json) continue;
    if (isFailed(result)) ctx.io.err(`selfeval: ${ctx.lang === 'en' ? result.errorEn : result.error}\n`);
    else ctx.io.out(formatCheckedFile(result, ctx.lang));
  }
  ctx.io.out(options.json ? formatCheckJson(results, ctx.lang) : formatSummary(results, ctx.lang));
  return Math.max(exitCodeFor(results), declarations.some(isFailed) ? 2 : 0);
}

/**
 * target-changed (DOMAIN §9): each file's self-evaluations against the declarations (annual target tables) in
 * the same workbook and in the `--targets` workbooks. Files of a batch are not paired with each other: two
 * units may well both have a 综治工作经费.
 */
function withDeclaredTargetsAcrossFiles(results: FileCheck[], declarations: FileCheck[]): FileCheck[] {
  const declared = declarations
    .flatMap((r) => (isFailed(r) ? [] : (r.targets ?? [])))
    .filter((t) => t.kind === 'target');
  return results.map((r) => {
    if (isFailed(r)) return r;
    const own = r.targets ?? [];
    const mine = compareDeclaredTargets([...own, ...declared])
      .filter((f) => own.includes(f.table))
      .map((f) => f.finding);
    if (mine.length === 0) return r;
    const order = r.sheets ?? [];
    const findings = [...r.findings, ...mine].sort(
      (a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet) || a.row - b.row || a.col - b.col,
    );
    return { ...r, findings };
  });
}

/** Reads one file and analyses the sheets asked for; any failure becomes that file's error, never a throw. */
export async function checkFile(file: string, options: CheckOptions, analyze: Analyzer): Promise<FileCheck> {
  let host: FileHost;
  try {
    host = new FileHost(await loadWorkbookFile(file));
  } catch (error) {
    if (error instanceof WorkbookReadError) return { file, error: error.message, errorEn: error.messageEn };
    return unexpected(file, error);
  }
  try {
    const names = await host.sheetNames();
    const missing = options.sheets.filter((s) => !names.includes(s));
    if (missing.length > 0) {
      return {
        file,
        error: `找不到工作表：${missing.join('、')}（${file}）`,
        errorEn: `No sheet named ${missing.join(', ')} in ${file}`,
      };
    }
    const preset = options.preset ?? (await host.getSetting(SETTING_PRESET)) ?? undefined;
    const regions: Region[] = [];
    const findings: Finding[] = [];
    const targets: TableTargets[] = [];
    const sheets = options.sheets.length > 0 ? options.sheets : names;
    for (const name of sheets) {
      const analysis = analyze(await host.readSheet(name), { preset });
      regions.push(...analysis.regions);
      findings.push(...analysis.findings);
      targets.push(...analysis.targets.map((t) => ({ ...t, file })));
    }
    return { file, regions, findings, targets, sheets };
  } catch (error) {
    return unexpected(file, error);
  }
}

function unexpected(file: string, error: unknown): FileCheck {
  const detail = error instanceof Error ? error.message : String(error);
  return { file, error: `检查失败：${file}（${detail}）`, errorEn: `Check failed: ${file} (${detail})` };
}
