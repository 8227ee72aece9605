import { Lang } from '../io';
import { FindingRow, REPORT_WORDS, ReportRows, SummaryRow } from './reportRows';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

/** A relative file path as a URL: each segment percent-encoded, `/` kept. */
export function hrefOf(link: string): string {
  return link.split('/').map(encodeURIComponent).join('/');
}

const STYLE = `
body { font-family: 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Segoe UI', sans-serif; margin: 24px; color: #222; }
h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 28px 0 8px; }
p.meta { color: #666; margin: 0 0 12px; }
.wrap { max-height: 70vh; overflow: auto; border: 1px solid #ccd; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border-bottom: 1px solid #e3e6ea; padding: 5px 8px; text-align: left; vertical-align: top; }
th { position: sticky; top: 0; background: #dce6f1; z-index: 1; white-space: nowrap; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.unreadable td.status { background: #f4cccc; } tr.error td.status { background: #fce4d6; }
tr.warning td.status { background: #fff2cc; }
td.sev-error { color: #b00020; font-weight: bold; } td.sev-warning { color: #9a6700; }
.filter { margin: 8px 0; } .filter input { padding: 3px 6px; width: 16em; }
`;

// Filters a table's rows by text typed and, for findings, by severity; no network, no library.
const SCRIPT = `
document.querySelectorAll('[data-filter]').forEach(function (box) {
  var table = document.getElementById(box.getAttribute('data-filter'));
  var text = box.querySelector('input'); var sev = box.querySelector('select');
  function apply() {
    var q = text.value.trim().toLowerCase(); var s = sev ? sev.value : '';
    table.querySelectorAll('tbody tr').forEach(function (tr) {
      var ok = (!q || tr.textContent.toLowerCase().indexOf(q) >= 0) && (!s || tr.getAttribute('data-severity') === s);
      tr.style.display = ok ? '' : 'none';
    });
  }
  text.addEventListener('input', apply); if (sev) sev.addEventListener('change', apply);
});
`;

function summaryRow(r: SummaryRow): string {
  return `<tr class="${r.state}"><td><a href="${escapeHtml(hrefOf(r.link))}">${escapeHtml(r.file)}</a></td><td>${escapeHtml(
    r.unit,
  )}</td><td>${escapeHtml(r.project)}</td><td class="n">${r.tables}</td><td class="n">${r.errors}</td><td class="n">${
    r.warnings
  }</td><td class="n">${escapeHtml(r.score)}</td><td>${escapeHtml(r.grade)}</td><td class="status">${escapeHtml(
    r.status,
  )}</td></tr>`;
}

function findingRow(f: FindingRow): string {
  return `<tr data-severity="${f.severity}"><td><a href="${escapeHtml(hrefOf(f.link))}">${escapeHtml(
    f.file,
  )}</a></td><td>${escapeHtml(f.sheet)}</td><td>${escapeHtml(f.cell)}</td><td>${escapeHtml(
    f.rule,
  )}</td><td class="sev-${f.severity}">${escapeHtml(f.severityText)}</td><td>${escapeHtml(f.message)}</td></tr>`;
}

/** The review as one self-contained page (styles and the filter script inline), readable in any browser. */
export function reportHtml(rows: ReportRows, lang: Lang, generatedAt: Date = new Date()): string {
  const w = REPORT_WORDS[lang];
  const head = (cells: readonly string[]) =>
    `<tr>${cells.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr>`;
  const when = generatedAt.toISOString().slice(0, 16).replace('T', ' ');
  const severities = (['error', 'warning', 'info'] as const)
    .map((s) => `<option value="${s}">${escapeHtml(w.severity[s])}</option>`)
    .join('');
  const findings =
    rows.findings.length === 0
      ? `<p>${escapeHtml(w.noFindings)}</p>`
      : `<div class="filter" data-filter="findings">${escapeHtml(w.filter)}<input type="search" aria-label="${escapeHtml(
          w.filter,
        )}"> <select aria-label="${escapeHtml(w.findingsHeader[4])}"><option value="">${escapeHtml(
          w.all,
        )}</option>${severities}</select></div>
<div class="wrap"><table id="findings"><thead>${head(w.findingsHeader)}</thead><tbody>
${rows.findings.map(findingRow).join('\n')}
</tbody></table></div>`;
  return `<!doctype html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(w.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(w.title)}</h1>
<p class="meta">${escapeHtml(w.generated(rows.summary.length, `${when} UTC`))}</p>
<h2>${escapeHtml(w.summarySheet)}</h2>
<div class="filter" data-filter="summary">${escapeHtml(w.filter)}<input type="search" aria-label="${escapeHtml(
    w.filter,
  )}"></div>
<div class="wrap"><table id="summary"><thead>${head(w.summaryHeader)}</thead><tbody>
${rows.summary.map(summaryRow).join('\n')}
</tbody></table></div>
<h2>${escapeHtml(w.findingsSheet)}</h2>
${findings}
<script>${SCRIPT}</script>
</body>
</html>
`;
}
