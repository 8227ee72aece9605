/**
 * A formula cut into pieces that may end a line: after an operator, a comma or an opening parenthesis,
 * never inside a cell reference, a number, a function name or a quoted string. The preview joins them with
 * <wbr>, so a long formula in a narrow pane wraps at `,` or `/` rather than between `D` and `6`.
 */
const BREAK_AFTER = new Set([',', '(', '+', '-', '*', '/', '^', '&', '=', '<', '>', ';']);

export function formulaBreakParts(formula: string): string[] {
  const parts: string[] = [];
  let current = '';
  let inString = false;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    current += ch;
    if (ch === '"') {
      inString = !inString;
      continue;
    }
    if (inString) continue;
    // `>=`, `<=`, `<>` stay whole: break after their last character only
    const next = formula[i + 1];
    if (BREAK_AFTER.has(ch) && !((ch === '<' || ch === '>') && (next === '=' || next === '>'))) {
      parts.push(current);
      current = '';
    }
  }
  if (current) parts.push(current);
  return parts;
}
