import {
  Button,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { Preset } from '../../core/presets';
import { useFormulaChoices } from '../hooks/useFormulaChoices';
import { useI18n } from '../LanguageContext';
import { formulaEditPlan, RegionPreview } from '../model/formulaPreview';
import { SheetResult } from '../model/sheetResult';
import { RegionFormulas } from './RegionFormulas';
import { TextNumbersOption } from './TextNumbersOption';

interface Props {
  sheets: readonly SheetResult[] | null;
  preset: Preset;
  busy: boolean;
  onApply(previewed: readonly SheetResult[], previews: readonly RegionPreview[], convertText: boolean): void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // The list can be long in a 350 px pane: the apply button stays in view at the bottom.
  applyBar: {
    position: 'sticky',
    bottom: 0,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** 写入公式: what every cell will become, the user's answers on conflicts and text numbers, then one apply. */
export function FormulaPreview({ sheets, preset, busy, onApply }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const choices = useFormulaChoices(sheets, preset);
  const { previews, convertText } = choices;

  if (!sheets || previews.length === 0) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t('formulasNoTables')}</MessageBarBody>
      </MessageBar>
    );
  }
  const textNumbers = previews.flatMap((p) => p.plan.textNumbers);
  const editCount = formulaEditPlan(previews, convertText).edits.length;
  const shown = previews.filter((p) => p.items.length > 0 || p.plan.skipped.length > 0);
  return (
    <div className={styles.root}>
      {shown.length === 0 && textNumbers.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{t('formulasNone')}</MessageBarBody>
        </MessageBar>
      ) : (
        <Text block as="p">
          {t('formulasIntro')}
        </Text>
      )}
      <TextNumbersOption items={textNumbers} checked={convertText} onChange={choices.setConvertText} />
      {preset.scoringRule && (
        <div>
          <Checkbox
            checked={choices.ruleScores}
            label={t('ruleScoresOption')}
            onChange={(_, data) => choices.setRuleScores(data.checked === true)}
          />
          <Text block as="p" size={200}>
            {t('ruleScoresHint')}
          </Text>
        </div>
      )}
      {shown.map((p) => (
        <RegionFormulas key={`${p.sheet}!${p.range}`} preview={p} onOverwrite={choices.toggleOverwrite} />
      ))}
      <div className={styles.applyBar}>
        <Button
          appearance="primary"
          disabledFocusable={busy || editCount === 0}
          onClick={() => onApply(sheets, previews, convertText)}
        >
          {t('formulasApply', { count: editCount })}
        </Button>
      </div>
    </div>
  );
}
