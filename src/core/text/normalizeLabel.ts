import { foldWidth, stripWhitespace } from './fold';

/**
 * Label normalisation for matching: strip all whitespace (incl. ideographic space, newlines) and `：:`,
 * fold （）【】 to (), full-width ASCII to half-width.
 */
export function normalizeLabel(text: string): string {
  return stripWhitespace(foldWidth(text)).replace(/:/g, '').replace(/【/g, '(').replace(/】/g, ')');
}
