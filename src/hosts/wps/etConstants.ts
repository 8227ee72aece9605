/// <reference types="et-jsapi-declare" />
/**
 * ET enumeration values. The typings declare the enums but nothing defines `Et.*` at run time, so the
 * values live here; each is typed by its enum member, so the compiler checks the number against the
 * typings.
 */

export const XL_PATTERN_NONE: Et.XlPattern.xlPatternNone = -4142;

export const XL_LEFT: Et.Constants.xlLeft = -4131;
export const XL_CENTER: Et.Constants.xlCenter = -4108;
export const XL_RIGHT: Et.Constants.xlRight = -4152;
export const XL_TOP: Et.Constants.xlTop = -4160;
export const XL_BOTTOM: Et.Constants.xlBottom = -4107;

export const XL_CONTINUOUS: Et.XlLineStyle.xlContinuous = 1;
/** XlBorderWeight.xlThin; the typings carry no XlBorderWeight enum. */
export const XL_THIN = 2;

export const XL_EDGE_LEFT: Et.XlBordersIndex.xlEdgeLeft = 7;
export const XL_EDGE_TOP: Et.XlBordersIndex.xlEdgeTop = 8;
export const XL_EDGE_BOTTOM: Et.XlBordersIndex.xlEdgeBottom = 9;
export const XL_EDGE_RIGHT: Et.XlBordersIndex.xlEdgeRight = 10;
export const XL_INSIDE_VERTICAL: Et.XlBordersIndex.xlInsideVertical = 11;
export const XL_INSIDE_HORIZONTAL: Et.XlBordersIndex.xlInsideHorizontal = 12;

export const XL_VALIDATE_DECIMAL: Et.XlDVType.xlValidateDecimal = 2;
export const XL_VALIDATE_LIST: Et.XlDVType.xlValidateList = 3;
export const XL_VALID_ALERT_STOP: Et.XlDVAlertStyle.xlValidAlertStop = 1;
export const XL_BETWEEN: Et.XlFormatConditionOperator.xlBetween = 1;

export const XL_EXPRESSION: Et.XlFormatConditionType.xlExpression = 2;

export const XL_PAPER_A4: Et.XlPaperSize.xlPaperA4 = 9;
export const XL_PORTRAIT: Et.XlPageOrientation.xlPortrait = 1;
export const XL_LANDSCAPE: Et.XlPageOrientation.xlLandscape = 2;

export const XL_SHEET_VERY_HIDDEN: Et.XlSheetVisibility.xlSheetVeryHidden = 2;
