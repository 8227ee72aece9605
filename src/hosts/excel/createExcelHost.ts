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
    requirements: officeRequirements(),
    settings: officeDocumentSettings(),
    // Only Excel on the web caps a response at 5 MB.
    cellsPerSync:
      Office.context.platform === Office.PlatformType.OfficeOnline
        ? CELLS_PER_SYNC_WEB
        : CELLS_PER_SYNC_DESKTOP,
  });
}
