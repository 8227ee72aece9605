import { templateSheetName } from '../core/templates/sheetName';
import { SETTING_PRESET } from '../core/settings';
import * as ExcelJS from 'exceljs';
import { presetById } from '../core/presets';
import { buildTemplate, listTemplates, TemplateEntry } from '../core/templates';
import { FileHost } from '../hosts/file/fileHost';
import { parseArgs, rejectExtra, UsageError } from './args';
import { writeOutputFile } from './fileErrors';
import { CliContext, Lang } from './io';
import {
  presetNamesForHelp,
  presetOption,
  templateNamed,
  templateNamesForHelp,
  templateSpellings,
} from './names';
import { COMMON_OPTIONS, OUTPUT_OPTION, PRESET_OPTION, requiredOutput } from './options';

const TEMPLATE_OPTIONS = [
  OUTPUT_OPTION,
  { name: 'list', takesValue: false },
  { name: 'force', takesValue: false },
  PRESET_OPTION,
  ...COMMON_OPTIONS,
] as const;

export const TEMPLATE_USAGE = {
  zh: `用法：selfeval template 模板 -o 输出.xlsx [选项]
      selfeval template --list

生成一份空白的绩效自评表（或年度绩效目标表），执行率、得分、总分等公式已写好。
模板：${templateNamesForHelp('zh')}（两种写法都可用）

选项：
  -o, --output 文件   输出文件（必填）
  --list              列出可用的模板
  --force             输出文件已存在时覆盖它（默认拒绝）
  --preset 编号       规则预设（自评等次的分档等）：${presetNamesForHelp('zh')}
  --lang zh|en        输出语言（默认 zh）
  -h, --help          显示本说明
`,
  en: `Usage: selfeval template KIND -o OUT.xlsx [options]
       selfeval template --list

Writes a blank self-evaluation form (or annual target table) with its rate, score and total formulas in place.
Templates: ${templateNamesForHelp('en')} (either spelling)

Options:
  -o, --output FILE   output file (required)
  --list              list the templates
  --force             overwrite OUT if it exists (default: refuse)
  --preset ID         preset (grade bands, …): ${presetNamesForHelp('en')}
  --lang zh|en        output language (default zh)
  -h, --help          show this help
`,
};

function formatList(entries: TemplateEntry[], lang: Lang): string {
  const width = Math.max(...entries.map((e) => e.id.length)) + 2;
  const line = (e: TemplateEntry) => {
    const others = templateSpellings(e).slice(1);
    const also =
      others.length === 0
        ? ''
        : lang === 'en'
          ? ` (also ${others.join(', ')})`
          : `（也可写 ${others.join('、')}）`;
    return `${e.id.padEnd(width)}${lang === 'en' ? e.nameEn : e.name}${also}`;
  };
  return `${entries.map(line).join('\n')}\n`;
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
  const ids = templateNamesForHelp(ctx.lang);
  if (!kind) throw new UsageError(`请给出模板编号：${ids}`, `Give a template id: ${ids}`);
  rejectExtra(extra);
  const entry = templateNamed(kind);
  if (!entry)
    throw new UsageError(`没有模板 ${kind}；可用：${ids}`, `No template ${kind}; available: ${ids}`);
  const output = requiredOutput(parsed);

  const presetId = presetOption(parsed);
  const preset = presetById(presetId);
  const spec = buildTemplate(entry.id, { row: 0, col: 0 }, preset);
  if (!spec) throw new UsageError(`没有模板 ${kind}`, `No template ${kind}`);
  const host = new FileHost(new ExcelJS.Workbook());
  const sheet = templateSheetName(entry.name);
  await host.insertTemplate(spec, sheet, true);
  if (presetId) await host.setSetting(SETTING_PRESET, preset.id);
  await writeOutputFile(output, await host.toBuffer(), { force: parsed.flags.has('force') });
  ctx.io.out(
    ctx.lang === 'en' ? `${entry.nameEn}: saved to ${output}\n` : `${entry.name}：已保存到 ${output}\n`,
  );
  return 0;
}
