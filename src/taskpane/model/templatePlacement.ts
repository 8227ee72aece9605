import { CellEdit, EditPlan, undoPlanFor } from '../../core/edits';
import { SheetSnapshot } from '../../core/grid';
import { TemplateSpec } from '../../core/templateSpec';

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
