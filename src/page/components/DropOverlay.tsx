import { makeStyles, tokens } from '@fluentui/react-components';
import { usePageText } from '../pageText';

const useStyles = makeStyles({
  overlay: {
    position: 'fixed',
    inset: 0,
    zIndex: 1000,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: 'rgba(16, 124, 65, 0.12)',
    border: `3px dashed ${tokens.colorBrandStroke1}`,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  label: {
    padding: tokens.spacingHorizontalXL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow16,
  },
});

interface Props {
  onDragLeave(): void;
  onDrop(file: File | null): void;
}

/** Covers the page (the pane's frame too) while a file is dragged over it, and takes the drop. */
export function DropOverlay({ onDragLeave, onDrop }: Props) {
  const t = usePageText();
  const styles = useStyles();
  return (
    <div
      className={styles.overlay}
      data-testid="drop-overlay"
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) onDragLeave();
      }}
      onDrop={(e) => {
        e.preventDefault();
        onDrop(e.dataTransfer.files[0] ?? null);
      }}
    >
      <div className={styles.label}>{t('dropHere')}</div>
    </div>
  );
}
