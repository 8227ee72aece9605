/**
 * Keys of the settings a workbook remembers. Hosts store them namespaced (`selfeval.<key>`), so every
 * caller — pane, ribbon, command line — uses these bare keys and reads what the others wrote.
 */
export const SETTING_PRESET = 'preset';
export const SETTING_HIGHLIGHTS = 'highlights';
/** 边输入边检查: 'off' turns the pane's live check off (on when absent). */
export const SETTING_LIVE_CHECK = 'liveCheck';
/** 保存前提醒: 'off' turns the save gate off (on when absent). */
export const SETTING_SAVE_GATE = 'saveGate';

/** How a host names a key in the document (Office document settings, the hidden settings sheet). */
export const SETTINGS_NAMESPACE = 'selfeval.';
