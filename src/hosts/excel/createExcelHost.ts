import { officeDocumentSettings } from './documentSettings';
import { ExcelHost } from './excelHost';
import { CELLS_PER_SYNC_DESKTOP, CELLS_PER_SYNC_WEB } from './readPlan';
import { officeRequirements } from './requirements';

/** The host of the running Excel client; call after `Office.onReady`. */
export function createExcelHost(): ExcelHost {
  return new ExcelHost({
    run: (options, batch) =>
      Object.keys(options).length > 0
        ? Excel.run(options, (context) => batch(context))
        : Excel.run((context) => batch(context)),
    runInContext: (context, batch) => {
      // The context an event handler was added in is always Office's here; the union only admits the fake.
      if (!(context instanceof OfficeExtension.ClientRequestContext)) {
        throw new Error('not an Office.js request context');
      }
      return Excel.run(context, (ctx) => batch(ctx));
    },
    requirements: officeRequirements(),
    settings: officeDocumentSettings(),
    // Only Excel on the web caps a response at 5 MB.
    cellsPerSync:
      Office.context.platform === Office.PlatformType.OfficeOnline
        ? CELLS_PER_SYNC_WEB
        : CELLS_PER_SYNC_DESKTOP,
  });
}
