import { useState } from 'react';
import {
  Badge,
  Button,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from '@fluentui/react-components';
import { listTemplates, TemplateEntry } from '../../core/templates';
import { Placement } from '../hooks/useTemplateInserter';
import { layoutLabel } from '../i18n';
import { useI18n } from '../LanguageContext';
import { PLAIN_LIST } from './plainList';

interface Props {
  busy: boolean;
  /** False on hosts that cannot report the selection: templates then go on a new sheet only. */
  canUseSelection: boolean;
  onInsert(entry: TemplateEntry, placement: Placement): void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: {
    ...PLAIN_LIST,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
    gap: tokens.spacingVerticalS,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    height: '100%',
    boxSizing: 'border-box',
  },
  name: { overflowWrap: 'anywhere' },
});

/** 插入模板: the blank forms, inserted on a new sheet by default. */
export function TemplateGallery({ busy, canUseSelection, onInsert }: Props) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const [placement, setPlacement] = useState<Placement>('newSheet');
  const templates = listTemplates();
  if (templates.length === 0) return <Text>{t('templatesNone')}</Text>;
  return (
    <div className={styles.root}>
      <Text block as="p">
        {t('templatesIntro')}
      </Text>
      {canUseSelection && (
        <Field label={t('placement')}>
          <RadioGroup value={placement} onChange={(_, data) => setPlacement(data.value as Placement)}>
            <Radio value="newSheet" label={t('placementNewSheet')} />
            <Radio value="selection" label={t('placementSelection')} />
          </RadioGroup>
        </Field>
      )}
      <ul role="list" className={styles.list}>
        {templates.map((entry) => {
          const name = lang === 'zh' ? entry.name : entry.nameEn;
          return (
            <li key={entry.id} role="listitem">
              <div className={styles.card}>
                <Badge appearance="outline" color="brand" shape="rounded">
                  {layoutLabel(lang, entry.layout)}
                </Badge>
                <Text weight="semibold" className={styles.name}>
                  {name}
                </Text>
                <Button
                  size="small"
                  disabledFocusable={busy}
                  aria-label={t('templateInsert', { name })}
                  onClick={() => onInsert(entry, canUseSelection ? placement : 'newSheet')}
                >
                  {t('insert')}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
