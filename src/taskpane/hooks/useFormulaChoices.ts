import { useCallback, useEffect, useMemo, useState } from 'react';
import { Preset } from '../../core/presets';
import { planWorkbookFormulas, previewRegion, RegionPreview } from '../model/formulaPreview';
import { SheetResult } from '../model/sheetResult';

export interface FormulaChoicesState {
  previews: RegionPreview[];
  overwrite: ReadonlySet<string>;
  convertText: boolean;
  /** 建议得分: each quantitative indicator's score by the scoring rule is planned too. */
  ruleScores: boolean;
  toggleOverwrite(key: string, on: boolean): void;
  setConvertText(on: boolean): void;
  setRuleScores(on: boolean): void;
}

/**
 * The preview of 写入公式 and the user's answers in it. Answers are dropped whenever the sheets are checked
 * again: a tick given for one value must not carry over to another.
 */
export function useFormulaChoices(
  sheets: readonly SheetResult[] | null,
  preset: Preset,
): FormulaChoicesState {
  const [overwrite, setOverwrite] = useState<ReadonlySet<string>>(new Set());
  const [convertText, setConvertText] = useState(false);
  const [ruleScores, setRuleScores] = useState(false);

  useEffect(() => {
    setOverwrite(new Set());
    setConvertText(false);
  }, [sheets, preset]);

  const plans = useMemo(
    () => (sheets ? planWorkbookFormulas(sheets, preset, ruleScores) : []),
    [sheets, preset, ruleScores],
  );
  const previews = useMemo(
    () => plans.map((p) => previewRegion(p, { overwrite, convertText })),
    [plans, overwrite, convertText],
  );

  const toggleOverwrite = useCallback((key: string, on: boolean) => {
    setOverwrite((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);

  return { previews, overwrite, convertText, ruleScores, toggleOverwrite, setConvertText, setRuleScores };
}
