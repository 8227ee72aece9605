import { templateSheetName } from '../core/templates/sheetName';
import { SETTING_PRESET } from '../core/settings';
import { writeFile } from 'node:fs/promises';
import * as ExcelJS from 'exceljs';
import { presetById, PRESETS } from '../core/presets';
import { buildTemplate, listTemplates, TemplateEntry } from '../core/templates';
import { FileHost } from '../hosts/file/fileHost';
import { optionValue, parseArgs, rejectExtra, UsageError } from './args';
import { CliContext, Lang } from './io';
import { COMMON_OPTIONS, OUTPUT_OPTION, PRESET_OPTION, requiredOutput } from './options';

const TEMPLATE_OPTIONS = [
  OUTPUT_OPTION,
  { name: 'list', takesValue: false },
  PRESET_OPTION,
  ...COMMON_OPTIONS,
] as const;

export const TEMPLATE_USAGE = {
  zh: `用法：selfeval template 模板 -o 输出.xlsx [选项]
      selfeval template --list

生成一份空白的绩效自评表（或年度绩效目标表），执行率、得分、总分等公式已写好。

选项：
  -o, --output 文件   输出文件（必填）
  --list              列出可用的模板
  --preset 编号       规则预设（自评等次的分档等）：${PRESETS.map((p) => p.id).join('、')}
  --lang zh|en        输出语言（默认 zh）
  -h, --help          显示本说明
`,
  en: `Usage: selfeval template KIND -o OUT.xlsx [options]
       selfeval template --list

Writes a blank self-evaluation form (or annual target table) with its rate, score and total formulas in place.

Options:
  -o, --output FILE   output file (required)
  --list              list the templates
  --preset ID         preset (grade bands, …): ${PRESETS.map((p) => p.id).join(', ')}
  --lang zh|en        output language (default zh)
  -h, --help          show this help
`,
};

function formatList(entries: TemplateEntry[], lang: Lang): string {
  const width = Math.max(...entries.map((e) => e.id.length)) + 2;
  return `${entries.map((e) => `${e.id.padEnd(width)}${lang === 'en' ? e.nameEn : e.name}`).join('\n')}\n`;
}

/** `selfeval template`: lists the catalogue, or writes one blank form into a new workbook. */
export async function runTemplate(argv: readonly string[], ctx: CliContext): Promise<number> {
  const parsed = parseArgs(argv, TEMPLATE_OPTIONS);
  if (parsed.flags.has('help')) {
    ctx.io.out(TEMPLATE_USAGE[ctx.lang]);
    return 0;
  }
  const entries = listTemplates();
  if (parsed.flags.has('list')) {
    ctx.io.out(formatList(entries, ctx.lang));
    return 0;
  }
  const [kind, ...extra] = parsed.positionals;
  const ids = entries.map((e) => e.id).join(ctx.lang === 'en' ? ', ' : '、');
  if (!kind) throw new UsageError(`请给出模板编号：${ids}`, `Give a template id: ${ids}`);
  rejectExtra(extra);
  const entry = entries.find((e) => e.id === kind);
  if (!entry)
    throw new UsageError(`没有模板 ${kind}；可用：${ids}`, `No template ${kind}; available: ${ids}`);
  const output = requiredOutput(parsed);

  const presetId = optionValue(parsed, 'preset');
  const preset = presetById(presetId);
  const spec = buildTemplate(entry.id, { row: 0, col: 0 }, preset);
  if (!spec) throw new UsageError(`没有模板 ${kind}`, `No template ${kind}`);
  const host = new FileHost(new ExcelJS.Workbook());
  const sheet = templateSheetName(entry.name);
  await host.insertTemplate(spec, sheet, true);
  if (presetId) await host.setSetting(SETTING_PRESET, preset.id);
  await writeFile(output, await host.toBuffer());
  ctx.io.out(
    ctx.lang === 'en' ? `${entry.nameEn}: saved to ${output}\n` : `${entry.name}：已保存到 ${output}\n`,
  );
  return 0;
}
