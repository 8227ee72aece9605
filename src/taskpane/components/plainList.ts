import type { GriffelStyle } from '@fluentui/react-components';

/** A list without bullets or indent: the pane's lists are rows of buttons and cards. */
export const PLAIN_LIST: GriffelStyle = { listStyleType: 'none', margin: 0, padding: 0 };

/** A plain list of rows stacked close together. */
export const STACKED_LIST: GriffelStyle = {
  ...PLAIN_LIST,
  display: 'flex',
  flexDirection: 'column',
  gap: '2px',
};
