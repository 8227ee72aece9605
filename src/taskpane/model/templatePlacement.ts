import { CellEdit, EditPlan, undoPlanFor } from '../../core/edits';
import { SheetSnapshot } from '../../core/grid';
import { TemplateSpec } from '../../core/templateSpec';

const MAX_SHEET_NAME = 31;

/** A sheet name not yet taken (compared as Excel does, ignoring case): `名称`, `名称 (2)`, … */
export function freeSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = wanted.replace(/[:\\/?*[\]]/g, ' ').slice(0, MAX_SHEET_NAME);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * What undoing a template inserted on an existing sheet puts back: the value, formula, number format and
 * fill every cell of its area had. (Merges, borders and validations are not cell edits: they stay.)
 */
export function templateUndoPlan(spec: TemplateSpec, sheet: string, before: SheetSnapshot): EditPlan {
  const edits: CellEdit[] = [];
  for (let row = spec.range.top; row <= spec.range.bottom; row++) {
    for (let col = spec.range.left; col <= spec.range.right; col++) {
      edits.push({ sheet, row, col, value: null, formula: null, numberFormat: null, fill: null });
    }
  }
  return undoPlanFor({ label: `插入模板“${spec.name}”`, edits }, new Map([[sheet, before]]));
}
