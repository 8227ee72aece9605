import { rangeToA1 } from '../core/address';
import { Severity } from '../core/findings';
import { FormKind, Layout } from '../core/model';
import { CheckedFile, FileCheck, isFailed, totalsOf } from './checkResults';
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

export function checkJson(results: readonly FileCheck[], lang: Lang): CheckJson {
  return {
    files: results.map((r): CheckJsonFile => {
      if (isFailed(r))
        return { file: r.file, error: lang === 'en' ? r.errorEn : r.error, regions: [], findings: [] };
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
          message: lang === 'en' ? f.messageEn : f.message,
        })),
      };
    }),
  };
}

export function formatCheckJson(results: readonly FileCheck[], lang: Lang): string {
  return `${JSON.stringify(checkJson(results, lang), null, 2)}\n`;
}

const WORDS = {
  zh: {
    severity: { error: '错误', warning: '警告', info: '提示' } as Record<Severity, string>,
    kind: { project: '项目支出', department: '部门整体', target: '绩效目标' } as Record<FormKind, string>,
    layout: {
      national: '全国通用',
      hubei2019: '湖北2019',
      wuhan2020: '武汉2020',
      department: '部门整体',
      target: '目标表',
    } as Record<Layout, string>,
    regionHeader: ['工作表', '类型', '版式', '范围', '标题'],
    findingHeader: ['工作表', '单元格', '级别', '说明'],
    tables: (n: number) => `识别到 ${n} 个表格：`,
    noTables: '未识别到绩效自评表。',
    findings: (n: number) => `发现 ${n} 个问题：`,
    noFindings: '未发现问题。',
  },
  en: {
    severity: { error: 'error', warning: 'warning', info: 'info' } as Record<Severity, string>,
    kind: { project: 'project', department: 'department', target: 'target' } as Record<FormKind, string>,
    layout: {
      national: 'national',
      hubei2019: 'hubei2019',
      wuhan2020: 'wuhan2020',
      department: 'department',
      target: 'target',
    } as Record<Layout, string>,
    regionHeader: ['Sheet', 'Kind', 'Layout', 'Range', 'Title'],
    findingHeader: ['Sheet', 'Cell', 'Severity', 'Message'],
    tables: (n: number) => `${n} table${n === 1 ? '' : 's'} detected:`,
    noTables: 'No self-evaluation table detected.',
    findings: (n: number) => `${n} finding${n === 1 ? '' : 's'}:`,
    noFindings: 'No problems found.',
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
      w.kind[g.kind],
      w.layout[g.layout],
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
      w.severity[f.severity],
      lang === 'en' ? f.messageEn : f.message,
    ]);
    lines.push(renderTable(w.findingHeader, rows, '    '));
  }
  return `${lines.join('\n')}\n`;
}

/** `共 3 个文件，12 个表格，5 个错误，2 个警告，1 个提示`, plus the unreadable files when there are any. */
export function formatSummary(results: readonly FileCheck[], lang: Lang): string {
  const t = totalsOf(results);
  if (lang === 'en') {
    const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
    const parts = [n(t.files, 'file'), n(t.tables, 'table'), n(t.errors, 'error'), n(t.warnings, 'warning')];
    parts.push(`${t.infos} info`);
    if (t.unreadable > 0) parts.push(`${t.unreadable} could not be read`);
    return `${parts.join(', ')}\n`;
  }
  let line = `共 ${t.files} 个文件，${t.tables} 个表格，${t.errors} 个错误，${t.warnings} 个警告，${t.infos} 个提示`;
  if (t.unreadable > 0) line += `，${t.unreadable} 个文件无法读取`;
  return `${line}\n`;
}
