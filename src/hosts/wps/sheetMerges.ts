import { CellRange } from '../../core/address';
import { rangeOfAddress } from '../addresses';
import { askedMerges, knownMerges, MergesOverlapping } from './editWriter';
import { EtRange, EtWorksheet } from './etApi';
import { parseXmlSpreadsheet, XL_RANGE_VALUE_XML_SPREADSHEET, XmlSpreadsheetFormats } from './xmlSpreadsheet';

/** The used range's `Value(11)` read, or null where this WPS does not answer it (then ask range by range). */
export function xmlSpreadsheetOf(used: EtRange, area: CellRange): XmlSpreadsheetFormats | null {
  let answer: unknown;
  try {
    answer = used.Value(XL_RANGE_VALUE_XML_SPREADSHEET);
  } catch {
    return null;
  }
  return parseXmlSpreadsheet(answer, area);
}

/**
 * How a write learns a sheet's merged areas: from one `Value(11)` read of the used range where WPS answers
 * it, else by asking ET rectangle by rectangle (`askedMerges`, which does not trust a mixed range's answer).
 */
export function mergesForWriting(sheet: EtWorksheet): MergesOverlapping {
  const used = sheet.UsedRange;
  const xml = xmlSpreadsheetOf(used, rangeOfAddress(used.Address()));
  return xml ? knownMerges(xml.merges) : askedMerges(sheet);
}
