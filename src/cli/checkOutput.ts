import { rangeToA1 } from '../core/address';
import { Severity } from '../core/findings';
import { profileOf } from '../core/layouts';
import { FormKind, Layout } from '../core/model';
import { CheckedFile, CheckTotals, FileCheck, isFailed, totalsOf } from './checkResults';
import { Lang } from './io';
import { renderTable, truncate } from './textTable';

/** DOMAIN.md §6: the JSON document of `check --json`. */
export interface CheckJson {
  files: CheckJsonFile[];
}

export interface CheckJsonFile {
  file: string;
  /** Present only when the file could not be read; its regions and findings are then empty. */
  error?: string;
  regions: { sheet: string; kind: FormKind; layout: Layout; range: string; title: string }[];
  findings: { rule: string; severity: Severity; sheet: string; cell: string; message: string }[];
}

/** The Chinese text, or its English twin under `--lang en`. */
function inLang(lang: Lang, zh: string, en: string): string {
  return lang === 'en' ? en : zh;
}

export function checkJson(results: readonly FileCheck[], lang: Lang): CheckJson {
  return {
    files: results.map((r): CheckJsonFile => {
      if (isFailed(r))
        return { file: r.file, error: inLang(lang, r.error, r.errorEn), regions: [], findings: [] };
      return {
        file: r.file,
        regions: r.regions.map((g) => ({
          sheet: g.sheet,
          kind: g.kind,
          layout: g.layout,
          range: rangeToA1(g.range),
          title: g.title,
        })),
        findings: r.findings.map((f) => ({
          rule: f.rule,
          severity: f.severity,
          sheet: f.sheet,
          cell: f.cell,
          message: inLang(lang, f.message, f.messageEn),
        })),
      };
    }),
  };
}

export function formatCheckJson(results: readonly FileCheck[], lang: Lang): string {
  return `${JSON.stringify(checkJson(results, lang), null, 2)}\n`;
}

/** Every word of the readable report, per language. */
interface Words {
  severity(s: Severity): string;
  kind(k: FormKind): string;
  layout(l: Layout): string;
  regionHeader: string[];
  findingHeader: string[];
  tables(n: number): string;
  noTables: string;
  findings(n: number): string;
  noFindings: string;
  summary(t: CheckTotals): string;
}

const ZH_SEVERITY: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const ZH_KIND: Record<FormKind, string> = { project: '项目支出', department: '部门整体', target: '绩效目标' };
/** `3 files`, `1 table`. */
const counted = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const WORDS: Record<Lang, Words> = {
  zh: {
    severity: (s) => ZH_SEVERITY[s],
    kind: (k) => ZH_KIND[k],
    layout: (l) => profileOf(l).names.zhShort,
    regionHeader: ['工作表', '类型', '版式', '范围', '标题'],
    findingHeader: ['工作表', '单元格', '级别', '说明'],
    tables: (n) => `识别到 ${n} 个表格：`,
    noTables: '未识别到绩效自评表。',
    findings: (n) => `发现 ${n} 个问题：`,
    noFindings: '未发现问题。',
    summary: (t) =>
      `共 ${t.files} 个文件，${t.tables} 个表格，${t.errors} 个错误，${t.warnings} 个警告，${t.infos} 个提示` +
      (t.unreadable > 0 ? `，${t.unreadable} 个文件无法读取` : ''),
  },
  // English names are the JSON contract's own ids.
  en: {
    severity: (s) => s,
    kind: (k) => k,
    layout: (l) => l,
    regionHeader: ['Sheet', 'Kind', 'Layout', 'Range', 'Title'],
    findingHeader: ['Sheet', 'Cell', 'Severity', 'Message'],
    tables: (n) => `${counted(n, 'table')} detected:`,
    noTables: 'No self-evaluation table detected.',
    findings: (n) => `${counted(n, 'finding')}:`,
    noFindings: 'No problems found.',
    summary: (t) =>
      [
        counted(t.files, 'file'),
        counted(t.tables, 'table'),
        counted(t.errors, 'error'),
        counted(t.warnings, 'warning'),
        `${t.infos} info`,
        ...(t.unreadable > 0 ? [`${t.unreadable} could not be read`] : []),
      ].join(', '),
  },
};

const TITLE_WIDTH = 40;

/** The readable report of one checked file: its tables first, then its findings. */
export function formatCheckedFile(result: CheckedFile, lang: Lang): string {
  const w = WORDS[lang];
  const lines = [`== ${result.file} ==`];
  if (result.regions.length === 0) {
    lines.push(`  ${w.noTables}`);
  } else {
    lines.push(`  ${w.tables(result.regions.length)}`);
    const rows = result.regions.map((g) => [
      g.sheet,
      w.kind(g.kind),
      w.layout(g.layout),
      rangeToA1(g.range),
      truncate(g.title, TITLE_WIDTH),
    ]);
    lines.push(renderTable(w.regionHeader, rows, '    '));
  }
  if (result.findings.length === 0) {
    if (result.regions.length > 0) lines.push(`  ${w.noFindings}`);
  } else {
    lines.push(`  ${w.findings(result.findings.length)}`);
    const rows = result.findings.map((f) => [
      f.sheet,
      f.cell,
      w.severity(f.severity),
      inLang(lang, f.message, f.messageEn),
    ]);
    lines.push(renderTable(w.findingHeader, rows, '    '));
  }
  return `${lines.join('\n')}\n`;
}

/** `共 3 个文件，12 个表格，5 个错误，2 个警告，1 个提示`, plus the unreadable files when there are any. */
export function formatSummary(results: readonly FileCheck[], lang: Lang): string {
  return `${WORDS[lang].summary(totalsOf(results))}\n`;
}
