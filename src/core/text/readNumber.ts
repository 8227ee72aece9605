import { CellValue, isErrorValue } from '../grid';
import { isBlankText } from './blank';
import { isPercentFormat, shownDecimals } from './numberFormat';
import { compactText, QUANTITY_PATTERN, toQuantity } from './quantity';

export type ParsedNumber =
  | { kind: 'blank' }
  | { kind: 'error'; code: string }
  | { kind: 'text'; text: string }
  | {
      kind: 'number';
      value: number;
      unit: string | null;
      percent: boolean;
      fromText: boolean;
      pureNumericText: boolean;
      decimals: number | null;
    };

const PLAIN_VALUE = new RegExp(`^(-)?${QUANTITY_PATTERN}$`);

/** A host number that is not finite is shown by Excel as `#NUM!`; never let NaN through. */
const NOT_FINITE: ParsedNumber = { kind: 'error', code: '#NUM!' };

/**
 * Reads a number cell: numbers, numeric text with spaces/ideographic spaces, thousands separators,
 * full-width digits, units (万元 元 个 次 人 本 场 分 …), percents (value as a fraction 0.988), a number
 * formatted as percent, `100万` → value 100 unit '万元'. Blanks: null, '', whitespace, dashes, '/', '无', a bare
 * unit like '分'. Text never takes its percent or decimals from the number format: Excel shows text as typed.
 */
export function readNumber(v: CellValue, numberFormat?: string | null): ParsedNumber {
  if (v === null) return { kind: 'blank' };
  if (typeof v === 'boolean') return { kind: 'text', text: v ? 'TRUE' : 'FALSE' };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return NOT_FINITE;
    return {
      kind: 'number',
      value: v,
      unit: null,
      percent: isPercentFormat(numberFormat),
      fromText: false,
      pureNumericText: false,
      decimals: shownDecimals(v, numberFormat),
    };
  }
  const text = v.trim();
  if (isErrorValue(v)) return { kind: 'error', code: text };
  if (isBlankText(v)) return { kind: 'blank' };
  const compact = compactText(v);
  const match = compact === null ? null : PLAIN_VALUE.exec(compact);
  if (!match) return { kind: 'text', text };
  const [, minus, numberText, percentSign, unitText] = match;
  const quantity = toQuantity(numberText, !!percentSign, unitText);
  if (!quantity) return { kind: 'text', text };
  return {
    kind: 'number',
    value: minus && quantity.value !== 0 ? -quantity.value : quantity.value,
    unit: quantity.unit,
    percent: quantity.percent,
    fromText: true,
    pureNumericText: !quantity.percent && quantity.unit === null,
    decimals: quantity.decimals,
  };
}
