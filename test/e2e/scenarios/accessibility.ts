import { readFileSync } from 'node:fs';
import { Frame } from 'playwright-core';
import { E2EContext } from '../context';
import { check } from '../harness';
import { newContext, PageDriver } from '../pageDriver';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
  targets: string[];
  /** Nodes left out as the known false positive below. */
  tabsterDummies: number;
}

/**
 * Fluent UI's focus manager (Tabster) puts `<i tabindex=0 aria-hidden=true data-tabster-dummy>` at the edges
 * of toolbars and tab lists; they only pass the focus on and must stay hidden from screen readers. axe
 * reports them under aria-hidden-focus; Microsoft's Accessibility Insights suppresses exactly these nodes
 * (fluentui#25133, tabster#288), and so do we — that rule's other nodes still count.
 */
const TABSTER_DUMMY = 'data-tabster-dummy';

async function axeViolations(frame: Frame): Promise<Violation[]> {
  await frame.evaluate(AXE_SOURCE);
  return frame
    .evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, options: unknown): Promise<AxeResults> } })
        .axe;
      interface AxeResults {
        violations: {
          id: string;
          impact: string | null;
          help: string;
          nodes: { target: string[]; html: string }[];
        }[];
      }
      const results = await axe.run(document, { iframes: false, resultTypes: ['violations'] });
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.length,
        targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
        html: v.nodes.map((n) => n.html),
      }));
    })
    .then((violations) =>
      violations.flatMap(({ html, ...v }) => {
        if (v.id !== 'aria-hidden-focus') return [{ ...v, tabsterDummies: 0 }];
        const dummies = html.filter((h) => h.includes(TABSTER_DUMMY)).length;
        const rest = v.nodes - dummies;
        return [{ ...v, nodes: rest, tabsterDummies: dummies, impact: rest > 0 ? v.impact : 'suppressed' }];
      }),
    );
}

/** axe-core on the page and inside the pane's frame, in each of the pane's views. */
export async function accessibilityScenarios({ runner, browser, url }: E2EContext): Promise<void> {
  const context = await newContext(browser);
  try {
    await runner.scenario(
      'axe-core finds no serious or critical violation (page and pane, every view)',
      async () => {
        const page = await PageDriver.open(context, url);
        await page.paneButton('标记问题').click();
        await page
          .pane()
          .getByText(/已标记 \d+ 个单元格/)
          .waitFor();
        const found: string[] = [];
        let suppressed = 0;
        const serious: string[] = [];
        const scan = async (where: string) => {
          for (const [part, frame] of [
            ['page', page.page.mainFrame()],
            ['pane', page.paneFrame()],
          ] as const) {
            for (const v of await axeViolations(frame)) {
              suppressed += v.tabsterDummies;
              if (v.nodes === 0) continue;
              const line = `${where}/${part}: ${v.id} (${v.impact}, ${v.nodes} nodes) ${v.help} — ${v.targets.join(', ')}`;
              found.push(line);
              if (v.impact === 'serious' || v.impact === 'critical') serious.push(line);
            }
          }
        };
        await scan('检查结果');
        for (const view of ['写入公式', '插入模板', '帮助']) {
          await page.paneTab(view);
          await page.waitIdle();
          await scan(view);
        }
        runner.figure(
          `axe (page + pane, 4 views): ${found.length === 0 ? 'no violation' : `${found.length} violations:`}` +
            ` (${suppressed} Tabster focus-redirect nodes left out of aria-hidden-focus)`,
        );
        for (const line of found) runner.figure(`  ${line}`);
        check(serious.length === 0, `serious or critical violations:\n${serious.join('\n')}`);
      },
    );
  } finally {
    await context.close();
  }
}
