import { CellValue } from '../../core/grid';
import {
  formatShowsYear,
  isDateFormat,
  isPercentFormat,
  serialToDate,
  shownDecimals,
} from '../../core/text/numberFormat';

/**
 * A cell's value as a spreadsheet shows it, for the formats our forms use: General, fixed decimals with or
 * without thousands separators, percents, dates, and quoted text around the number (`0.00"万元"`). Other
 * codes fall back to General rather than to something wrong.
 */
export function displayText(value: CellValue, format: string | null | undefined): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return String(value);
  if (format && isDateFormat(format)) return dateText(value, format) ?? generalText(value);
  const decimals = shownDecimals(value, format ?? 'General');
  if (!format || decimals === null || isGeneralCode(format)) return generalText(value);
  const section = firstSection(format);
  const percent = isPercentFormat(format);
  const shown = percent ? value * 100 : value;
  let digits = Math.abs(shown).toFixed(decimals);
  if (/[#0],[#0]/.test(section)) digits = groupThousands(digits);
  const sign = shown < 0 && Number(digits.replace(/,/g, '')) !== 0 ? '-' : '';
  const { before, after } = literals(section);
  return `${sign}${before}${digits}${percent ? '%' : ''}${after}`;
}

function isGeneralCode(format: string): boolean {
  const f = format.trim().toLowerCase();
  return f === '' || f === 'general' || f === '@' || f === 'g/通用格式' || f === '通用格式';
}

/** Up to 10 significant digits, as a General cell of default width shows a number. */
function generalText(value: number): string {
  return String(Number(value.toPrecision(10)));
}

function firstSection(format: string): string {
  const m = /^(?:"[^"]*"|\\.|[^;])*/.exec(format);
  return m ? m[0] : format;
}

function groupThousands(digits: string): string {
  const [whole, fraction] = digits.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** Quoted or escaped text before and after the digits of a format section. */
function literals(section: string): { before: string; after: string } {
  const parts = section.match(/"[^"]*"|\\.|[#0?.,%]+|[^"\\#0?.,%]+/g) ?? [];
  const firstDigit = parts.findIndex((p) => /[#0?]/.test(p));
  const text = (p: string) => (p.startsWith('"') ? p.slice(1, -1) : p.startsWith('\\') ? p.slice(1) : '');
  if (firstDigit < 0) return { before: '', after: '' };
  return {
    before: parts.slice(0, firstDigit).map(text).join(''),
    after: parts
      .slice(firstDigit + 1)
      .map(text)
      .join(''),
  };
}

function dateText(serial: number, format: string): string | null {
  const date = serialToDate(serial);
  if (!date) return null;
  const { year, month, day } = date;
  const showsDay = /d/i.test(format.replace(/"[^"]*"/g, ''));
  if (format.includes('年') || format.includes('月')) {
    const head = formatShowsYear(format) ? `${year}年` : '';
    return `${head}${month}月${showsDay ? `${day}日` : ''}`;
  }
  return formatShowsYear(format) ? `${year}/${month}/${day}` : `${month}/${day}`;
}
