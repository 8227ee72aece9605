/**
 * The WPS read through `UsedRange.Value(11)` (XML Spreadsheet 2003: merges, number formats and fills in one
 * call) and its fallback, range by range, where a WPS build does not answer it.
 */
import { parseXmlSpreadsheet } from '../../../src/hosts/wps/xmlSpreadsheet';
import { nationalSheet } from '../excel/nationalSheet';
import { makeWpsHost } from './makeWpsHost';

const AREA = { top: 2, left: 1, bottom: 5, right: 4 }; // B3:E6

const DOC = `<?xml version="1.0"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Styles>
  <Style ss:ID="Default" ss:Name="Normal"><NumberFormat ss:Format="General"/></Style>
  <Style ss:ID="s62"><NumberFormat ss:Format="Percent"/></Style>
  <Style ss:ID="s63"><Interior ss:Color="#ffc7ce" ss:Pattern="Solid"/><NumberFormat ss:Format="0.00&quot;万元&quot;"/></Style>
  <Style ss:ID="s64"><Interior ss:Color="#FFFFFF" ss:Pattern="None"/></Style>
 </Styles>
 <Worksheet ss:Name="表"><Table>
  <Row><Cell ss:MergeAcross="2" ss:MergeDown="1"><Data ss:Type="String">标题</Data></Cell><Cell ss:StyleID="s62"/></Row>
  <Row ss:Index="3" ss:StyleID="s64"><Cell ss:Index="2" ss:StyleID="s63"><Data ss:Type="Number">1</Data></Cell></Row>
  <Row><Cell ss:Index="4" ss:StyleID="s62"/></Row>
 </Table></Worksheet>
</Workbook>`;

describe('parseXmlSpreadsheet', () => {
  test('reads merges, named and quoted number formats, fills, skipped cells and rows', () => {
    const read = parseXmlSpreadsheet(DOC, AREA);
    expect(read?.merges).toEqual([{ top: 2, left: 1, bottom: 3, right: 3 }]);
    expect(read?.numberFormats).toEqual([
      ['General', 'General', 'General', '0.00%'],
      ['General', 'General', 'General', 'General'],
      ['General', '0.00"万元"', 'General', 'General'],
      ['General', 'General', 'General', '0.00%'],
    ]);
    expect(read?.fills).toEqual([
      [null, null, null, null],
      [null, null, null, null],
      [null, '#FFC7CE', null, null],
      [null, null, null, null],
    ]);
  });

  test('answers null for what is not an XML Spreadsheet document', () => {
    for (const answer of [undefined, null, 42, '', '标题', [['a']]]) {
      expect(parseXmlSpreadsheet(answer, AREA)).toBeNull();
    }
  });
});

describe('the WPS read with and without Value(11)', () => {
  test('comes out the same, in a handful of calls where WPS answers XML Spreadsheet', async () => {
    const seed = nationalSheet('自评表', 30);
    seed.fills![6][6] = '#FFC7CE';
    const withXml = makeWpsHost([{ snapshot: seed }]);
    const withoutXml = makeWpsHost([{ snapshot: seed }]);
    withoutXml.fake.answersXmlSpreadsheet = false;
    withXml.fake.stats.calls = 0;
    const fast = await withXml.host.readSheet('自评表');
    const calls = withXml.fake.stats.calls;
    const slow = await withoutXml.host.readSheet('自评表');
    const key = (m: { top: number; left: number; bottom: number; right: number }) =>
      `${m.top},${m.left},${m.bottom},${m.right}`;
    expect(fast.merges.map(key).sort()).toEqual(slow.merges.map(key).sort());
    // XML Spreadsheet names General "General", the range read as WPS's locale does ("G/通用格式")
    const general = (grid: (string | null)[][] | undefined) =>
      grid?.map((row) => row.map((f) => (f === 'G/通用格式' ? 'General' : f)));
    expect(general(fast.numberFormats)).toEqual(general(slow.numberFormats));
    expect(fast.fills).toEqual(slow.fills);
    expect(fast.values).toEqual(slow.values);
    expect(fast.fills?.[6][6]).toBe('#FFC7CE');
    // issue 10's budget for a 30-table sheet is 300 calls; range by range takes about 6,000
    expect(calls).toBeLessThanOrEqual(300);
  });
});
