import { SETTING_PRESET } from '../../core/settings';
import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_PRESET_ID, presetById, Preset } from '../../core/presets';
import { Host } from '../../hosts/host';
import { RunTask } from './useTaskRunner';

export const PRESET_SETTING = SETTING_PRESET;

export interface PresetState {
  preset: Preset;
  /** False until the workbook's own choice has been read (checking waits for it). */
  loaded: boolean;
  choose(id: string): Promise<void>;
}

/** The workbook's preset (DOMAIN.md §5), read once and written back whenever the user picks another. */
export function usePreset(host: Host, run: RunTask): PresetState {
  const [presetId, setPresetId] = useState(DEFAULT_PRESET_ID);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    let live = true;
    host
      .getSetting(PRESET_SETTING)
      // An unreadable setting is not worth an error: the default preset applies.
      .catch(() => null)
      .then((stored) => {
        if (!live) return;
        setPresetId(presetById(stored).id);
        setLoaded(true);
      });
    return () => {
      live = false;
    };
  }, [host]);

  const choose = useCallback(
    async (id: string) => {
      const chosen = presetById(id).id;
      setPresetId(chosen);
      await run('busyPreset', () => host.setSetting(PRESET_SETTING, chosen));
    },
    [host, run],
  );

  return { preset: presetById(presetId), loaded, choose };
}
