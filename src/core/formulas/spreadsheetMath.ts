/**
 * The two pieces of spreadsheet arithmetic our values must reproduce exactly: how a formula turns text into a
 * number, and how ROUND rounds. Checked against LibreOffice 7.4 (test/calc) and Excel's documented rules.
 */

const COERCIBLE = /^([+-])?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)([eE][+-]?\d+)?(%)?$/;

/**
 * The number an arithmetic operator reads from text, or null when the engine answers #VALUE!. Surrounding
 * ASCII spaces, a sign, thousands separators in groups of three, an exponent, a trailing `%` and accounting
 * parentheses `(5)` are accepted; ideographic spaces, full-width digits and units are not (`13\u3000`, `１３`,
 * `10.00分` all give #VALUE! in Excel and LibreOffice).
 */
export function coerceTextToNumber(text: string): number | null {
  let t = text.replace(/^ +| +$/g, '');
  let negate = false;
  const paren = /^\((.*)\)$/.exec(t);
  if (paren) {
    t = paren[1];
    negate = true;
  }
  const m = COERCIBLE.exec(t);
  if (!m) return null;
  const [, sign, digits, exponent, percent] = m;
  if (paren && sign) return null;
  let value = Number(`${digits.replace(/,/g, '')}${exponent ?? ''}`);
  if (percent) value = Number(`${value}e-2`);
  if (!Number.isFinite(value)) return null;
  if (sign === '-' || negate) value = -value;
  return value;
}

/** Shifts the decimal point of a non-negative number by `places` without binary drift (1.005 → 100.5). */
function shift(value: number, places: number): number {
  const s = String(value);
  if (/e/i.test(s)) return value * Math.pow(10, places);
  return Number(`${s}e${places}`);
}

/**
 * ROUND as Excel and LibreOffice compute it: half away from zero, on the value as shown to 15 significant
 * digits, so ROUND(1.005,2) = 1.01 and ROUND(-2.5,0) = -3.
 */
export function spreadsheetRound(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const places = Math.trunc(digits);
  const shown = Number(value.toPrecision(15));
  const magnitude = Math.abs(shown);
  const rounded = shift(Math.round(shift(magnitude, places)), -places);
  return shown < 0 ? -rounded : rounded;
}
