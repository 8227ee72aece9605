import { officeDocumentSettings } from './documentSettings';
import { ExcelHost } from './excelHost';
import { officeRequirements } from './requirements';

/** The host of the running Excel client; call after `Office.onReady`. */
export function createExcelHost(): ExcelHost {
  return new ExcelHost({
    run: (options, batch) => Excel.run(options, (context) => batch(context)),
    requirements: officeRequirements(),
    settings: officeDocumentSettings(),
  });
}
