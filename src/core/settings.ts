/**
 * Keys of the settings a workbook remembers. Hosts store them namespaced (`selfeval.<key>`), so every
 * caller — pane, ribbon, command line — uses these bare keys and reads what the others wrote.
 */
export const SETTING_PRESET = 'preset';
export const SETTING_HIGHLIGHTS = 'highlights';

/** How a host names a key in the document (Office document settings, the hidden settings sheet). */
export const SETTINGS_NAMESPACE = 'selfeval.';
