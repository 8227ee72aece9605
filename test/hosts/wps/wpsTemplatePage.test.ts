/** WPS template writer: row heights (Range.RowHeight) and print setup (Worksheet.PageSetup). */
import { TemplateSpec } from '../../../src/core/templateSpec';
import { handBuiltNationalSpec } from '../excel/handBuiltTemplate';
import { nationalSheet } from '../excel/nationalSheet';
import { makeWpsHost } from './makeWpsHost';

describe('WPS template page setup', () => {
  test('row heights and an A4 print one page wide, centred, in the spec orientation', async () => {
    const { host, fake } = makeWpsHost([{ snapshot: nationalSheet('自评表', 1) }]);
    const spec: TemplateSpec = {
      ...handBuiltNationalSpec(),
      rowHeights: [
        { row: 0, height: 28 },
        { row: 3, height: 42.75 },
      ],
      print: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
    };
    await host.insertTemplate(spec, '模板', true);

    const sheet = fake.sheet('模板');
    expect(Object.fromEntries(sheet.rowHeights)).toEqual({ 0: 28, 3: 42.75 });
    expect(sheet.pageSetup).toEqual({
      PaperSize: 9,
      Orientation: 2,
      Zoom: false,
      FitToPagesWide: 1,
      FitToPagesTall: false,
      CenterHorizontally: true,
    });
    expect(fake.stats.visibleWrites).toBe(0);
  });

  test('portrait without fitting keeps the zoom; a spec without page fields leaves ET defaults', async () => {
    const { host, fake } = makeWpsHost([{ snapshot: nationalSheet('自评表', 1) }]);
    const portrait: TemplateSpec = {
      ...handBuiltNationalSpec(),
      print: { orientation: 'portrait', paper: 'A4', fitToWidth: false },
    };
    await host.insertTemplate(portrait, '竖版', true);
    expect(fake.sheet('竖版').pageSetup).toMatchObject({ Orientation: 1, PaperSize: 9, Zoom: 100 });

    const bare: TemplateSpec = { ...handBuiltNationalSpec(), rowHeights: undefined, print: undefined };
    await host.insertTemplate(bare, '无版式', true);
    expect(fake.sheet('无版式').rowHeights.size).toBe(0);
    expect(fake.sheet('无版式').pageSetup).toMatchObject({ Zoom: 100, CenterHorizontally: false });
  });
});
