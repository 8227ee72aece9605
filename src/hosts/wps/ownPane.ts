import { hostProperty } from './apiEventListener';
import { WpsAddinRoot } from './etApi';

/** PluginStorage key of the task pane's id, shared by the add-in's pages while WPS runs. */
export const PANE_ID_KEY = 'selfeval.taskpaneId';

/**
 * Shows the add-in's task pane (WPS hides a closed pane rather than unloading it, so the pane's page may
 * still be running while the user sees nothing). False when the root has no task panes or none was made.
 */
export function showOwnPane(root: unknown): boolean {
  const storage = hostProperty(root, 'PluginStorage');
  if (typeof hostProperty(root, 'GetTaskPane') !== 'function' || !storage) return false;
  try {
    const addin = root as WpsAddinRoot;
    const id = Number(addin.PluginStorage.getItem(PANE_ID_KEY));
    if (!id) return false;
    const pane = addin.GetTaskPane(id);
    if (!pane) return false;
    pane.Visible = true;
    return true;
  } catch {
    return false;
  }
}
