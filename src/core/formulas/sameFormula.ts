/**
 * Formula text as hosts may hand it back: with or without `=`, `$` anchors, spaces, lower case, an `_xlfn.`
 * prefix. Quoted strings are kept as written.
 */
function canonical(formula: string): string {
  let out = '';
  let quoted = false;
  const body = formula.trim().replace(/^=/, '');
  for (const ch of body) {
    if (ch === '"') {
      quoted = !quoted;
      out += ch;
      continue;
    }
    if (quoted) {
      out += ch;
      continue;
    }
    if (ch === '$' || /\s/.test(ch)) continue;
    out += ch.toUpperCase();
  }
  return out.replace(/_XLFN\./g, '');
}

/** True when a cell's formula is the one we would write. */
export function isSameFormula(a: string | null | undefined, b: string): boolean {
  return !!a && canonical(a) === canonical(b);
}
