import { analyzeSheet } from '../../core/analyze';
import { materialized, TableTargets } from '../../core/declaredTargets';
import { HostError } from '../../hosts/host';

/**
 * The annual target tables of a declaration workbook (绩效目标申报表) the user picked from disk: read here in
 * the pane, never uploaded and never opened in the host. The .xlsx reader loads only now, as a chunk of its
 * own, so the pane's first load stays light.
 */
export async function readDeclarations(bytes: Uint8Array, fileName: string): Promise<TableTargets[]> {
  const { FileHost } = await import(/* webpackChunkName: "declaration-reader" */ '../../hosts/file/fileHost');
  let host: InstanceType<typeof FileHost>;
  try {
    host = await FileHost.fromData(bytes, fileName);
  } catch (e) {
    throw new HostError('failed', e instanceof Error ? e.message : `无法读取文件：${fileName}`);
  }
  const tables: TableTargets[] = [];
  for (const sheet of await host.sheetNames()) {
    const analysis = analyzeSheet(await host.readSheet(sheet));
    const declared = analysis.targets.filter((t) => t.kind === 'target' && t.project);
    tables.push(...materialized(declared).map((t) => ({ ...t, file: fileName })));
  }
  if (tables.length === 0)
    throw new HostError('not-found', `${fileName} 中没有找到写明项目名称的年度绩效目标表。`);
  return tables;
}
