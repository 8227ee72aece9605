import type { Fill, FillPattern } from 'exceljs';

/** A colour as ExcelJS reads it from styles.xml: one of argb, theme (+ tint) or legacy indexed. */
export interface ColorLike {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

/** Theme colours by SpreadsheetML theme index: lt1, dk1, lt2, dk2, accent1–6, hlink, folHlink (RRGGBB). */
export type ThemePalette = readonly string[];

/** The Office 2007 scheme ExcelJS writes into a workbook that has no theme of its own. */
// prettier-ignore
export const DEFAULT_THEME_PALETTE: ThemePalette = [
  'FFFFFF', '000000', 'EEECE1', '1F497D', '4F81BD', 'C0504D', '9BBB59', '8064A2', '4BACC6', 'F79646', '0000FF',
  '800080',
];

// Scheme slots in theme-index order (the file lists dk1 before lt1; the index swaps each pair).
// prettier-ignore
const SCHEME_SLOTS = ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6',
  'hlink', 'folHlink'];

/** Reads the colour scheme of a theme part (xl/theme/theme1.xml); slots it cannot read keep the default. */
export function themePaletteFromXml(xml: string): ThemePalette {
  return SCHEME_SLOTS.map((slot, i) => {
    const m = new RegExp(`<a:${slot}>\\s*<a:(?:srgbClr val|sysClr[^>]*?lastClr)="([0-9A-Fa-f]{6})"`).exec(
      xml,
    );
    return m ? m[1].toUpperCase() : DEFAULT_THEME_PALETTE[i];
  });
}

// The legacy 64-colour palette of indexed colours (ECMA-376 Part 1, 18.8.27).
// prettier-ignore
const INDEXED_PALETTE = [
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080',
  '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF',
  '000080', 'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF',
  '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
  '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696',
  '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333',
];

/** `#RRGGBB` of a colour, or null when it names no fixed colour (automatic, unknown index). */
export function colorToHex(color: ColorLike | undefined, palette: ThemePalette): string | null {
  if (!color) return null;
  let rgb: string | undefined;
  if (typeof color.argb === 'string' && /^[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?$/.test(color.argb)) {
    rgb = color.argb.slice(-6).toUpperCase();
  } else if (typeof color.theme === 'number') {
    rgb = palette[color.theme];
  } else if (typeof color.indexed === 'number') {
    rgb = INDEXED_PALETTE[color.indexed];
  }
  if (!rgb) return null;
  if (typeof color.tint === 'number' && color.tint !== 0) rgb = applyTint(rgb, color.tint);
  return `#${rgb}`;
}

/** The colour a person sees in a cell's fill: solid or patterned foreground, a gradient's first stop. */
export function fillToHex(fill: Fill | undefined, palette: ThemePalette): string | null {
  if (!fill) return null;
  if (fill.type === 'pattern') {
    if (fill.pattern === 'none' || !fill.pattern) return null;
    return colorToHex(fill.fgColor as ColorLike | undefined, palette);
  }
  if (fill.type === 'gradient') {
    return colorToHex(fill.stops?.[0]?.color as ColorLike | undefined, palette);
  }
  return null;
}

export function solidFill(hex: string): FillPattern {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: hexToArgb(hex) } };
}

/** `#RRGGBB` or `RRGGBB` to ExcelJS's opaque `FFRRGGBB`. */
export function hexToArgb(hex: string): string {
  const rgb = hex.replace(/^#/, '').toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(rgb)) throw new Error(`not a colour: ${hex}`);
  return `FF${rgb}`;
}

/** Excel's tint: lighten (tint > 0) or darken (tint < 0) the colour's HLS luminance. */
export function applyTint(rgb: string, tint: number): string {
  const [h, l, s] = rgbToHls(rgb);
  const lum = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  return hlsToRgb(h, Math.min(1, Math.max(0, lum)), s);
}

function rgbToHls(rgb: string): [number, number, number] {
  const r = parseInt(rgb.slice(0, 2), 16) / 255;
  const g = parseInt(rgb.slice(2, 4), 16) / 255;
  const b = parseInt(rgb.slice(4, 6), 16) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, l, 0];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h: number;
  if (max === r) h = (g - b) / d + (g < b ? 6 : 0);
  else if (max === g) h = (b - r) / d + 2;
  else h = (r - g) / d + 4;
  return [h / 6, l, s];
}

function hlsToRgb(h: number, l: number, s: number): string {
  const channel = (t: number, p: number, q: number): number => {
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    if (t < 1 / 6) return p + (q - p) * 6 * t;
    if (t < 1 / 2) return q;
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
    return p;
  };
  let r = l;
  let g = l;
  let b = l;
  if (s !== 0) {
    const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    const p = 2 * l - q;
    r = channel(h + 1 / 3, p, q);
    g = channel(h, p, q);
    b = channel(h - 1 / 3, p, q);
  }
  return [r, g, b]
    .map((c) =>
      Math.round(c * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase();
}
