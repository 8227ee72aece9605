const SHEET_NAME_LIMIT = 31;

/**
 * The sheet a template goes on, named the same wherever it is inserted (pane, ribbon, command line): the
 * form's title before any bracketed note, without the characters Excel and WPS refuse, at most 31
 * characters, and `名称 (2)`, `名称 (3)`… when taken (compared ignoring case, as Excel does).
 */
export function templateSheetName(templateName: string, taken: readonly string[] = []): string {
  const base =
    templateName
      .split(/[（(]/)[0]
      .replace(/[[\]:*?/\\]/g, '')
      .trim()
      .slice(0, SHEET_NAME_LIMIT) || '绩效自评表';
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, SHEET_NAME_LIMIT - suffix.length) + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}
