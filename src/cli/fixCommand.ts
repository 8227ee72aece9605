import { SETTING_PRESET } from '../core/settings';
import { resolve } from 'node:path';
import { toA1 } from '../core/address';
import { detectRegions } from '../core/detect';
import { CellEdit } from '../core/edits';
import { planFormulas, resolvePlan, ResolvedPlan, toEditPlan } from '../core/formulas';
import { showValue } from '../core/formulas/messages';
import { CellValue, Grid } from '../core/grid';
import { Preset, presetById } from '../core/presets';
import { FileHost } from '../hosts/file/fileHost';
import { loadEditableWorkbookFile } from '../hosts/file/loadFile';
import { WorkbookReadError } from '../hosts/file/readErrors';
import { parseArgs, rejectExtra, UsageError } from './args';
import { writeOutputFile } from './fileErrors';
import { CliContext, Lang } from './io';
import { presetNamesForHelp, presetOption } from './names';
import { convertedNote, xlsxOutputName } from './xlsxOutput';
import { COMMON_OPTIONS, OUTPUT_OPTION, PRESET_OPTION, requiredOutput, SHEET_OPTION } from './options';

const FIX_OPTIONS = [
  OUTPUT_OPTION,
  { name: 'convert-text-numbers', takesValue: false },
  { name: 'rule-scores', takesValue: false },
  { name: 'force', takesValue: false },
  SHEET_OPTION,
  PRESET_OPTION,
  ...COMMON_OPTIONS,
] as const;

export const FIX_USAGE = {
  zh: `用法：selfeval fix 输入.xlsx -o 输出.xlsx [选项]

在识别到的每张绩效自评表的计算单元格中写入公式（执行率、资金得分、总分、总分分值、自评等次），
另存为新文件；输入文件不会被修改。

选项：
  -o, --output 文件         输出文件（必填，不能与输入文件相同）
  --convert-text-numbers    先把公式引用的“文本型数字”转换为数字
  --rule-scores             按评分规则为定量指标写入建议得分公式（手填得分与之不一致时保留并列出）
  --force                   连与公式结果不一致的手填数值也覆盖（默认保留并列出）；
                            输出文件已存在时也覆盖它（默认拒绝）
  --sheet 名称              只处理这个工作表（可重复）
  --preset 编号             规则预设：${presetNamesForHelp('zh')}
  --lang zh|en              输出语言（默认 zh）
  -h, --help                显示本说明

退出码：0 已全部写入；1 有与公式结果不一致的数值被保留，或没有识别到绩效自评表（不写文件）；
2 文件无法读取或写入、输出文件已存在或参数有误。
`,
  en: `Usage: selfeval fix IN.xlsx -o OUT.xlsx [options]

Writes formulas into the computed cells of every self-evaluation table found (execution rate, funds score,
total, total weight, grade) and saves the result as a new file; IN is never changed.

Options:
  -o, --output FILE         output file (required, must differ from IN)
  --convert-text-numbers    first turn numbers stored as text, in cells the formulas read, into numbers
  --rule-scores             also write each quantitative indicator's score by the scoring rule (建议得分);
                            a typed score that differs is kept and listed
  --force                   also overwrite typed values that differ from the formula (default: keep, list),
                            and an existing OUT (default: refuse)
  --sheet NAME              only this sheet (repeatable)
  --preset ID               preset: ${presetNamesForHelp('en')}
  --lang zh|en              output language (default zh)
  -h, --help                show this help

Exit status: 0 everything written; 1 typed values that differ were kept, or no self-evaluation table was
found (nothing written); 2 a file could not be read or written, OUT exists, or bad arguments.
`,
};

/** One region's outcome, as printed. */
interface RegionFix {
  sheet: string;
  title: string;
  resolved: ResolvedPlan;
  edits: CellEdit[];
}

const cellName = (sheet: string, row: number, col: number) => `${sheet}!${toA1(row, col)}`;

function shownOld(
  value: CellValue,
  formula: string | null,
  role: Parameters<typeof showValue>[1],
  lang: Lang,
) {
  return formula ? formula : showValue(value, role, lang);
}

function formatRegion(fix: RegionFix, lang: Lang): string {
  const zh = lang === 'zh';
  const lines = [zh ? `【${fix.sheet}】${fix.title}` : `[${fix.sheet}] ${fix.title}`];
  for (const t of fix.resolved.converted) {
    lines.push(
      `  ${cellName(t.sheet, t.row, t.col)}: “${t.text}” → ${t.value}${zh ? '（文本转数字）' : ' (text to number)'}`,
    );
  }
  for (const i of fix.resolved.written) {
    const old = shownOld(i.current.value, i.current.formula, i.role, lang);
    lines.push(
      `  ${cellName(i.sheet, i.row, i.col)}: ${old} → ${i.formula} = ${showValue(i.computed, i.role, lang)}`,
    );
  }
  for (const i of fix.resolved.leftAlone) {
    const kept = showValue(i.current.value, i.role, lang);
    const would = showValue(i.computed, i.role, lang);
    lines.push(
      zh
        ? `  ${cellName(i.sheet, i.row, i.col)}: 保留手填值 ${kept}，公式 ${i.formula} 的结果为 ${would}（核对后可用 --force 覆盖）`
        : `  ${cellName(i.sheet, i.row, i.col)}: kept typed ${kept}; ${i.formula} gives ${would} (check, then --force)`,
    );
  }
  for (const s of fix.resolved.plan.skipped) {
    lines.push(`  ${cellName(s.sheet, s.row, s.col)}: ${zh ? s.messageZh : s.messageEn}`);
  }
  const unchanged = fix.resolved.plan.items.filter((i) => i.status === 'unchanged').length;
  if (unchanged > 0)
    lines.push(zh ? `  已有正确公式 ${unchanged} 处` : `  ${unchanged} cells already hold the formula`);
  return `${lines.join('\n')}\n`;
}

function formatSummary(fixes: RegionFix[], out: string, lang: Lang): string {
  const written = fixes.reduce((n, f) => n + f.resolved.written.length, 0);
  const converted = fixes.reduce((n, f) => n + f.resolved.converted.length, 0);
  const kept = fixes.reduce((n, f) => n + f.resolved.leftAlone.length, 0);
  if (lang === 'en') {
    return `\n${fixes.length} tables; ${written} formulas written, ${converted} text numbers converted, ${kept} typed values kept. Saved to ${out}\n`;
  }
  return `\n共 ${fixes.length} 张表：写入公式 ${written} 处，文本转数字 ${converted} 处，保留不一致的手填值 ${kept} 处。已保存到 ${out}\n`;
}

/** `selfeval fix`: plans every region of every sheet asked for, applies the plans to a copy, saves it. */
export async function runFix(argv: readonly string[], ctx: CliContext): Promise<number> {
  const parsed = parseArgs(argv, FIX_OPTIONS);
  if (parsed.flags.has('help')) {
    ctx.io.out(FIX_USAGE[ctx.lang]);
    return 0;
  }
  const [input, ...extra] = parsed.positionals;
  if (!input) throw new UsageError('请给出要修复的 .xlsx 文件', 'Give the .xlsx file to fix');
  rejectExtra(extra);
  let output = requiredOutput(parsed);
  if (resolve(input) === resolve(output)) {
    throw new UsageError(
      '输出文件不能与输入文件相同：输入文件不会被修改',
      'OUT must differ from IN: IN is never changed',
    );
  }
  const options = {
    force: parsed.flags.has('force'),
    convertText: parsed.flags.has('convert-text-numbers'),
    ruleScores: parsed.flags.has('rule-scores'),
  };

  let host: FileHost;
  let converted = false;
  try {
    const opened = await loadEditableWorkbookFile(input);
    host = new FileHost(opened.workbook);
    converted = opened.converted;
  } catch (error) {
    if (error instanceof WorkbookReadError) {
      ctx.io.err(`selfeval: ${ctx.lang === 'en' ? error.messageEn : error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (converted) {
    output = xlsxOutputName(output);
    if (resolve(input) === resolve(output)) {
      throw new UsageError(
        '输出文件不能与输入文件相同：输入文件不会被修改',
        'OUT must differ from IN: IN is never changed',
      );
    }
    ctx.io.out(convertedNote(input, output, ctx.lang));
  }
  const names = await host.sheetNames();
  const wanted = [...new Set(parsed.values.get('sheet') ?? [])];
  const missing = wanted.filter((s) => !names.includes(s));
  if (missing.length > 0) {
    ctx.io.err(
      ctx.lang === 'en'
        ? `selfeval: no sheet named ${missing.join(', ')} in ${input}\n`
        : `selfeval: 找不到工作表：${missing.join('、')}（${input}）\n`,
    );
    return 2;
  }
  const preset: Preset = presetById(presetOption(parsed) ?? (await host.getSetting(SETTING_PRESET)));

  const fixes: RegionFix[] = [];
  for (const name of wanted.length > 0 ? wanted : names) {
    const grid = new Grid(await host.readSheet(name));
    for (const region of detectRegions(grid)) {
      const plan = planFormulas(grid, region, preset, options);
      fixes.push({
        sheet: name,
        title: region.title,
        resolved: resolvePlan(plan, options),
        edits: toEditPlan(plan, options).edits,
      });
    }
  }
  if (fixes.length === 0) {
    // A copy with nothing written would look like a checked form: say so and leave OUT alone.
    ctx.io.err(
      ctx.lang === 'en'
        ? `selfeval: no self-evaluation table found in ${input}; nothing written\n`
        : `selfeval: 未识别到绩效自评表：${input}（未写入文件）\n`,
    );
    return 1;
  }
  for (const fix of fixes) ctx.io.out(formatRegion(fix, ctx.lang));
  const edits = fixes.flatMap((f) => f.edits);
  await host.applyPlan({ label: '写入公式', edits });
  // Cells of the workbook's own that read ours are recalculated when Excel, WPS or LibreOffice opens it.
  host.workbook.calcProperties = { ...host.workbook.calcProperties, fullCalcOnLoad: true };
  await writeOutputFile(output, await host.toBuffer(), { force: options.force });
  ctx.io.out(formatSummary(fixes, output, ctx.lang));
  return fixes.some((f) => f.resolved.leftAlone.length > 0) ? 1 : 0;
}
