/**
 * What an Excel number format code tells a reader: whether the value shows as a percent, how many decimals
 * it shows, and whether it is a date.
 */

/** The part of the first section that Excel interprets: quoted text, escapes, `_x` padding, `*x` fill and
 *  `[...]` colours/conditions removed. */
function codePart(format: string): string {
  const firstSection = splitSections(format)[0] ?? '';
  return firstSection
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted && i + 1 < format.length) {
      current += ch + format[++i];
      continue;
    }
    if (ch === ';' && !quoted) {
      sections.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  sections.push(current);
  return sections;
}

/** General, in Excel's word or WPS's (`G/通用格式`), or no format at all. */
export function isGeneralFormat(format: string | null | undefined): boolean {
  const f = (format ?? '').trim().toLowerCase();
  return f === '' || f === 'general' || f === 'g/通用格式' || f === '通用格式';
}

/** Shows a number as General does: General itself, or Text (`@`). */
function isGeneral(format: string): boolean {
  return isGeneralFormat(format) || format.trim() === '@';
}

export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format || isGeneral(format)) return false;
  return codePart(format).includes('%');
}

export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || isGeneral(format)) return false;
  const code = codePart(format).toLowerCase().replace(/e[+-]/g, '');
  if (/[yd]/.test(code)) return true;
  // `m` alone is a month; next to hours or seconds it is minutes.
  return /m/.test(code) && !/[hs]/.test(code);
}

/** True when the format shows the year (`yyyy"年"m"月"d"日"`, `yyyy/m/d`). */
export function formatShowsYear(format: string | null | undefined): boolean {
  return !!format && isDateFormat(format) && /y/i.test(codePart(format));
}

/**
 * Digits a number shows after the decimal point: from the format (`0.00%` → 2, `#,##0` → 0), from the value
 * itself for General (as Excel shows it, at most 10 significant digits), null when there is no format.
 */
export function shownDecimals(value: number, format: string | null | undefined): number | null {
  if (format === null || format === undefined) return null;
  if (isGeneral(format)) return decimalsOfGeneral(value);
  if (isDateFormat(format)) return null;
  const code = codePart(format);
  const point = code.indexOf('.');
  if (point < 0) return 0;
  const after = /^[0#?]*/.exec(code.slice(point + 1));
  return after ? after[0].length : 0;
}

function decimalsOfGeneral(value: number): number | null {
  if (!Number.isFinite(value)) return null;
  const shown = String(Number(value.toPrecision(10)));
  if (/e/i.test(shown)) return null;
  const point = shown.indexOf('.');
  return point < 0 ? 0 : shown.length - point - 1;
}

/** Month, day and year of an Excel serial date (1900 date system, including its phantom 29 Feb 1900). */
export function serialToDate(serial: number): { year: number; month: number; day: number } | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const whole = Math.floor(serial);
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  const daysSinceEpoch = whole < 60 ? whole - 1 : whole - 2; // epoch 1900-01-01 = serial 1
  const d = new Date(Date.UTC(1900, 0, 1) + daysSinceEpoch * 86400000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
