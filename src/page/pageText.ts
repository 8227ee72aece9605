import { createContext, useContext } from 'react';
import { Lang } from '../taskpane/i18n';

/**
 * The page's own words (top bar, formula bar, sheet tabs, zoom, drop target), in the language the pane's
 * switch chooses: one switch for the whole page. Chinese first, as the pane.
 */
const zh = {
  title: '绩效自评助手 · 网页版',
  noFile: '未打开文件',
  openFile: '打开 .xlsx 文件…',
  openSample: '打开示例',
  download: '下载已校验文件',
  pickFile: '选择表格文件（.xlsx、.xls、.et、.ods）',
  dropHint: '也可以把 .xlsx 文件拖到页面上打开。文件只在本机浏览器中处理，不会上传。',
  opening: '正在打开“{name}”…',
  close: '关闭',
  saved: '已下载“{name}”（.xlsx 格式）。原文件未被改动。',
  downloadFailed: '无法生成下载文件：{message}',
  dropHere: '松开鼠标，打开这个 .xlsx 文件',
  formulaBar: '编辑栏',
  selectedCell: '所选单元格',
  cellContent: '单元格内容',
  sheets: '工作表',
  sheetContent: '工作表内容',
  sheetLabel: '工作表“{name}”',
  readingSheet: '正在读取工作表…',
  rowNumbers: '行号',
  zoom: '缩放',
  zoomFit: '适应宽度（{percent}）',
};

export type PageTextKey = keyof typeof zh;

const en: Record<PageTextKey, string> = {
  title: 'Self-evaluation checker · web',
  noFile: 'No file open',
  openFile: 'Open .xlsx file…',
  openSample: 'Open sample',
  download: 'Download checked file',
  pickFile: 'Choose a spreadsheet file (.xlsx, .xls, .et, .ods)',
  dropHint: 'You can also drop an .xlsx file on the page. Files are read in this browser and never uploaded.',
  opening: 'Opening “{name}”…',
  close: 'Close',
  saved: 'Downloaded “{name}” (.xlsx). The original file is unchanged.',
  downloadFailed: 'Could not make the download: {message}',
  dropHere: 'Release to open this .xlsx file',
  formulaBar: 'Formula bar',
  selectedCell: 'Selected cell',
  cellContent: 'Cell content',
  sheets: 'Sheets',
  sheetContent: 'Sheet content',
  sheetLabel: 'Sheet “{name}”',
  readingSheet: 'Reading the sheet…',
  rowNumbers: 'Row numbers',
  zoom: 'Zoom',
  zoomFit: 'Fit width ({percent})',
};

const TEXT: Record<Lang, Record<PageTextKey, string>> = { zh, en };

export function pageText(lang: Lang, key: PageTextKey, params: Record<string, string> = {}): string {
  return TEXT[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

export const PageLanguage = createContext<Lang>('zh');

/** The page's words in the page's language. */
export function usePageText(): (key: PageTextKey, params?: Record<string, string>) => string {
  const lang = useContext(PageLanguage);
  return (key, params) => pageText(lang, key, params);
}
