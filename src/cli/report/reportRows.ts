import { basename, dirname, relative, resolve, sep } from 'node:path';
import { Severity } from '../../core/findings';
import { FileCheck, isFailed } from '../checkResults';
import { Lang } from '../io';

/** One row of the summary sheet: one file. */
export interface SummaryRow {
  file: string;
  /** The file as the report links to it: relative to the report's folder, with `/`. */
  link: string;
  unit: string;
  project: string;
  tables: number;
  errors: number;
  warnings: number;
  score: string;
  grade: string;
  status: string;
  /** For styling: 'unreadable' | 'error' | 'warning' | 'ok'. */
  state: 'unreadable' | 'error' | 'warning' | 'ok';
}

/** One row of the findings sheet. */
export interface FindingRow {
  file: string;
  link: string;
  sheet: string;
  cell: string;
  rule: string;
  severity: Severity;
  severityText: string;
  message: string;
}

export interface ReportRows {
  summary: SummaryRow[];
  findings: FindingRow[];
}

export const REPORT_WORDS = {
  zh: {
    summarySheet: '汇总',
    findingsSheet: '问题清单',
    summaryHeader: ['文件', '单位', '项目', '表格数', '错误', '警告', '自评得分', '自评等次', '状态'],
    findingsHeader: ['文件', '工作表', '单元格', '规则', '级别', '说明'],
    severity: { error: '错误', warning: '警告', info: '提示' } as Record<Severity, string>,
    status: { ok: '通过', warning: '有警告', error: '有错误', unreadable: '无法读取' },
    title: '绩效自评表审核结果',
    generated: (n: number, when: string) => `共 ${n} 个文件 · 生成于 ${when}`,
    filter: '筛选：',
    all: '全部',
    noFindings: '没有发现问题。',
  },
  en: {
    summarySheet: 'Summary',
    findingsSheet: 'Findings',
    summaryHeader: ['File', 'Unit', 'Project', 'Tables', 'Errors', 'Warnings', 'Score', 'Grade', 'Status'],
    findingsHeader: ['File', 'Sheet', 'Cell', 'Rule', 'Severity', 'Message'],
    severity: { error: 'error', warning: 'warning', info: 'info' } as Record<Severity, string>,
    status: { ok: 'passed', warning: 'warnings', error: 'errors', unreadable: 'unreadable' },
    title: 'Self-evaluation review',
    generated: (n: number, when: string) => `${n} files · generated ${when}`,
    filter: 'Filter: ',
    all: 'all',
    noFindings: 'No findings.',
  },
} as const;

/** Distinct non-empty texts joined by the language's list separator. */
function joined(values: readonly (string | number | null)[], lang: Lang): string {
  const seen = [...new Set(values.filter((v) => v !== null && v !== '').map(String))];
  return seen.join(lang === 'en' ? '; ' : '、');
}

/** A file's path from the report's folder, for a link that keeps working when both move together. */
export function linkFrom(reportPath: string, file: string): string {
  return relative(dirname(resolve(reportPath)), resolve(file))
    .split(sep)
    .join('/');
}

export function reportRows(results: readonly FileCheck[], reportPath: string, lang: Lang): ReportRows {
  const words = REPORT_WORDS[lang];
  const summary: SummaryRow[] = [];
  const findings: FindingRow[] = [];
  // A file goes by its name alone unless two files of the batch share it (two units' 自评表.xlsx).
  const names = new Map<string, number>();
  for (const r of results) names.set(basename(r.file), (names.get(basename(r.file)) ?? 0) + 1);
  for (const r of results) {
    const link = linkFrom(reportPath, r.file);
    const file = names.get(basename(r.file))! > 1 ? r.file : basename(r.file);
    if (isFailed(r)) {
      summary.push({
        file,
        link,
        unit: '',
        project: '',
        tables: 0,
        errors: 0,
        warnings: 0,
        score: '',
        grade: '',
        status: `${words.status.unreadable}：${lang === 'en' ? r.errorEn : r.error}`,
        state: 'unreadable',
      });
      continue;
    }
    const errors = r.findings.filter((f) => f.severity === 'error').length;
    const warnings = r.findings.filter((f) => f.severity === 'warning').length;
    const forms = r.forms ?? [];
    const state = errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'ok';
    summary.push({
      file,
      link,
      unit: joined(
        forms.map((f) => f.unit),
        lang,
      ),
      project: joined(
        forms.map((f) => f.project ?? f.title),
        lang,
      ),
      tables: r.regions.length,
      errors,
      warnings,
      score: joined(
        forms.map((f) => (typeof f.score === 'number' ? Number(f.score.toFixed(2)) : f.score)),
        lang,
      ),
      grade: joined(
        forms.map((f) => f.grade),
        lang,
      ),
      status: words.status[state],
      state,
    });
    for (const f of r.findings) {
      findings.push({
        file,
        link,
        sheet: f.sheet,
        cell: f.cell,
        rule: f.rule,
        severity: f.severity,
        severityText: words.severity[f.severity],
        message: lang === 'en' ? f.messageEn : f.message,
      });
    }
  }
  return { summary, findings };
}
