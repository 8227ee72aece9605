/**
 * What `npm run start:excel` / `stop:excel` do here. office-addin-debugging (the Office add-in template's
 * sideloading tool) is an optional dependency: it needs the native `keytar`, which builds only where
 * libsecret's headers exist on Linux (Windows and macOS get a prebuilt binary), and npm leaves the whole
 * tool out rather than fail `npm install`. It sideloads into desktop Excel on Windows and macOS only, and on
 * other platforms answers "not supported" with exit code 0, so the platform is judged here first.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type SideloadAction = 'start' | 'stop';

export type SideloadPlan = { kind: 'run'; args: string[] } | { kind: 'explain'; message: string };

/** Loading the add-in by hand, in the words of Excel's Chinese and English menus. */
export const MANUAL_STEPS = [
  '手动加载 (by hand): npm run dev-server, then',
  '  Excel 网页版 (Excel on the web): 插入 → 加载项 → 上传我的加载项 (Insert > Add-ins > Upload My Add-in) → manifest.xml;',
  '  Excel for Windows: put manifest.xml in a shared folder, add it under 文件 → 选项 → 信任中心 → 受信任的加载项目录',
  '  (File > Options > Trust Center > Trusted Add-in Catalogs), then 插入 → 我的加载项 → 共享文件夹 (Shared Folder).',
].join('\n');

const SUPPORTED_PLATFORMS: readonly string[] = ['win32', 'darwin'];

export function sideloadPlan(
  action: SideloadAction,
  platform: string,
  debuggingCli: string | null,
): SideloadPlan {
  if (!debuggingCli) {
    return {
      kind: 'explain',
      message: [
        '未安装 office-addin-debugging（可选依赖），无法自动旁加载。',
        'office-addin-debugging (an optional dependency) is not installed: on Linux it needs libsecret',
        '(apt-get install libsecret-1-dev pkg-config), then npm install again.',
        MANUAL_STEPS,
      ].join('\n'),
    };
  }
  if (!SUPPORTED_PLATFORMS.includes(platform)) {
    return {
      kind: 'explain',
      message: [
        `office-addin-debugging 只能在 Windows 和 macOS 的 Excel 桌面版中旁加载（当前平台：${platform}）。`,
        `office-addin-debugging sideloads into desktop Excel on Windows and macOS only (this is ${platform}).`,
        MANUAL_STEPS,
      ].join('\n'),
    };
  }
  return { kind: 'run', args: [debuggingCli, action, 'manifest.xml', 'desktop', '--app', 'excel'] };
}

/** The installed office-addin-debugging command's script, or null where npm left the tool out. */
export function installedDebuggingCli(): string | null {
  let manifest: string;
  try {
    manifest = require.resolve('office-addin-debugging/package.json');
  } catch {
    return null;
  }
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> | string };
  const relative = typeof bin === 'string' ? bin : bin['office-addin-debugging'];
  return relative ? join(dirname(manifest), relative) : null;
}
