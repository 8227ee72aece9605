import { Lang } from './io';

/**
 * `fix` writes .xlsx only (ExcelJS writes no other format). An output named `.xls`, `.et` or `.ods`, or with
 * no extension, is saved under the same name ending in `.xlsx`; the note says so and names the new file.
 */
export function xlsxOutputName(output: string): string {
  if (/\.xlsx$/i.test(output)) return output;
  const withoutExt = output.replace(/\.(xlsm|xls|et|ods)$/i, '');
  return `${withoutExt}.xlsx`;
}

/** One line telling the user that a file read from another format is saved as .xlsx, and where. */
export function convertedNote(input: string, output: string, lang: Lang): string {
  const ext = /\.([^./\\]+)$/.exec(input)?.[1]?.toLowerCase() ?? '';
  const from = ext ? `.${ext}` : lang === 'en' ? 'another format' : '其他格式';
  return lang === 'en'
    ? `${input} is ${from}; the result is saved as .xlsx: ${output}\n`
    : `输入文件为 ${from} 格式；结果以 .xlsx 格式保存为：${output}\n`;
}
