import type * as ExcelJS from 'exceljs';
import { ColorLike, colorToHex, ThemePalette } from '../../hosts/file/colors';

/** How a cell's text sits and is drawn: what the grid needs of ExcelJS's style beyond value and fill. */
export interface CellLook {
  bold: boolean;
  italic: boolean;
  /** Font size in CSS pixels. */
  fontPx: number;
  /** `#RRGGBB`, null for automatic (black). */
  color: string | null;
  horizontal: 'left' | 'center' | 'right' | null;
  vertical: 'top' | 'middle' | 'bottom';
  wrap: boolean;
  border: { top: boolean; right: boolean; bottom: boolean; left: boolean };
}

const DEFAULT_FONT_PT = 11;
export const PX_PER_PT = 96 / 72;

export const PLAIN_LOOK: CellLook = {
  bold: false,
  italic: false,
  fontPx: DEFAULT_FONT_PT * PX_PER_PT,
  color: null,
  horizontal: null,
  vertical: 'bottom',
  wrap: false,
  border: { top: false, right: false, bottom: false, left: false },
};

const HORIZONTAL: Record<string, CellLook['horizontal']> = {
  left: 'left',
  center: 'center',
  centerContinuous: 'center',
  distributed: 'center',
  right: 'right',
  justify: 'left',
  fill: 'left',
};

export function cellLook(cell: ExcelJS.Cell | undefined, palette: ThemePalette): CellLook {
  if (!cell) return PLAIN_LOOK;
  const { font, alignment, border } = cell;
  if (!font && !alignment && !border) return PLAIN_LOOK;
  const drawn = (side: Partial<ExcelJS.Border> | undefined) => !!side?.style;
  return {
    bold: !!font?.bold,
    italic: !!font?.italic,
    fontPx: (font?.size ?? DEFAULT_FONT_PT) * PX_PER_PT,
    color: colorToHex(font?.color as ColorLike | undefined, palette),
    horizontal: (alignment?.horizontal && HORIZONTAL[alignment.horizontal]) ?? null,
    vertical: alignment?.vertical === 'top' ? 'top' : alignment?.vertical === 'middle' ? 'middle' : 'bottom',
    wrap: !!alignment?.wrapText,
    border: {
      top: drawn(border?.top),
      right: drawn(border?.right),
      bottom: drawn(border?.bottom),
      left: drawn(border?.left),
    },
  };
}
