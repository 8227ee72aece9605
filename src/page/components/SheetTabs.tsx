import { makeStyles, Tab, TabList } from '@fluentui/react-components';
import { usePageText } from '../pageText';

interface Props {
  names: readonly string[];
  shown: string | null;
  onShow(name: string): void;
}

const useStyles = makeStyles({
  // On a narrow screen the tabs keep a line of their own and the zoom goes below.
  bar: { overflowX: 'auto', minWidth: 0, flexGrow: 1, flexBasis: '240px' },
});

/** The workbook's sheets, as tabs under the grid; arrow keys move between them. */
export function SheetTabs({ names, shown, onShow }: Props) {
  const styles = useStyles();
  const t = usePageText();
  return (
    <div className={styles.bar}>
      <TabList
        aria-label={t('sheets')}
        size="small"
        // Always a value: a TabList that starts without one stays uncontrolled for good.
        selectedValue={shown ?? ''}
        onTabSelect={(_, data) => onShow(String(data.value))}
      >
        {names.map((name) => (
          <Tab key={name} value={name}>
            {name}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}
