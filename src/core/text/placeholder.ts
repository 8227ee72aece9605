import { foldWidth, stripWhitespace } from './fold';

/**
 * What the official template prints where a name goes (`指标1：`, `指标2:`, `……`, `...`, `xxx`): a row that
 * carries nothing more is a leftover of the template, not an indicator (DOMAIN.md §8).
 */
export function isPlaceholderName(text: string): boolean {
  const t = stripWhitespace(foldWidth(text)).replace(/[:：]$/, '');
  if (t === '') return true;
  if (/^(三级)?指标\d*$/.test(t)) return true;
  if (/^[…．.。·、]+$/.test(t)) return true;
  return /^[xX×]{2,}$/.test(t);
}

/** A cell a person filled with `/` to say "does not apply". */
export function isNotApplicable(text: string): boolean {
  return /^[/／\\]+$/.test(stripWhitespace(foldWidth(text)));
}
