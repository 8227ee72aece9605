import { PaneHost } from '../../hosts/detectHost';
import { Host } from '../../hosts/host';
import { ExcelRequirements, FEATURE_REQUIREMENTS } from '../../hosts/excel/requirements';
import { findWpsRoot } from '../../hosts/wps/createWpsHost';
import { SelfTestEnvironment } from './types';

/** The webview's user agent, when there is a navigator (not in the CLI). */
function userAgent(): string | undefined {
  return typeof navigator !== 'undefined' && navigator.userAgent ? navigator.userAgent : undefined;
}

/** Every requirement set the add-in asks for, once each, with this client's answer. */
export function requirementSetsOf(requirements: ExcelRequirements): { name: string; supported: boolean }[] {
  const seen = new Map<string, boolean>();
  for (const r of FEATURE_REQUIREMENTS) {
    const name = `${r.set} ${r.version}`;
    if (!seen.has(name)) seen.set(name, requirements.supports(r.feature));
  }
  return [...seen].map(([name, supported]) => ({ name, supported }));
}

/** Office's own account of the client (version and platform), after Office.onReady. */
function officeDiagnostics(): { version?: string; platform?: string } {
  if (typeof Office === 'undefined') return {};
  const d = Office.context?.diagnostics;
  return d ? { version: d.version, platform: String(d.platform) } : {};
}

/** ET's `Application.Version` where the build answers it (not in the typed subset we use). */
function wpsVersion(): string | undefined {
  const root: unknown = findWpsRoot();
  const version = root && typeof root === 'object' ? (root as { Version?: unknown }).Version : undefined;
  return typeof version === 'string' || typeof version === 'number' ? String(version) : undefined;
}

/** What the running host says about itself, for the self-test report. */
export function paneEnvironment(pane: PaneHost): SelfTestEnvironment {
  if (pane.kind === 'excel') {
    return {
      calculates: true,
      ...officeDiagnostics(),
      requirementSets: requirementSetsOf(pane.host.requirements),
      userAgent: userAgent(),
    };
  }
  return { calculates: true, version: wpsVersion(), platform: 'WPS', userAgent: userAgent() };
}

/** Without a running host's account (the browser page, tests): only the host kind decides calculation. */
export function defaultEnvironment(host: Host): SelfTestEnvironment {
  return { calculates: host.kind !== 'file', userAgent: userAgent() };
}
