import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { installSlowFetch } from '../../stories/support/slow-fetch.js';
import * as distribution from '../../stories/dyn-usage-distribution.stories.js';
import * as geo from '../../stories/dyn-usage-geo.stories.js';
import * as report from '../../stories/dyn-usage-report.stories.js';
import * as table from '../../stories/dyn-subscription-table.stories.js';
import * as sku from '../../stories/dyn-usage-sku.stories.js';
import * as summary from '../../stories/dyn-usage-summary.stories.js';
import * as source from '../../stories/dyn-usage-source.stories.js';
import * as insights from '../../stories/dyn-usage-insights.stories.js';

// Renders every story of every element as Storybook would (meta.args + story.args through the render
// function) and fails on a thrown error, a console error, an axe violation, or a story that does not
// reach the state its name promises. A broken story cannot land.

interface StoryModule {
  default: { title?: string; args?: object; render?: (args: never) => TemplateResult };
  [name: string]: unknown;
}

const MODULES: StoryModule[] = [
  summary,
  sku,
  distribution,
  geo,
  table,
  report,
  source,
  insights,
] as unknown as StoryModule[];

function expectedStatus(storyName: string): string {
  if (storyName.startsWith('Error')) return 'error';
  if (storyName.startsWith('Empty')) return 'empty';
  if (storyName.startsWith('Loading')) return 'loading';
  return 'ready';
}

installSlowFetch();

function reportOrSection(element: HTMLElement & { status: string }): { status: string } {
  if (element.localName !== 'dyn-usage-report') return element;
  return {
    get status() {
      const sections = [
        ...(element.shadowRoot?.querySelectorAll<HTMLElement & { status: string }>('[source]') ?? []),
      ];
      // A source that cannot load is one error for the whole report.
      if (element.shadowRoot?.querySelector('.toolbar [role="alert"]')) return 'error';
      // Filters that leave no rows are one message for the whole report.
      if (element.shadowRoot?.querySelector('[part~="empty"]')) return 'empty';
      // Summary, insights, geo, SKU, distribution, subscription table.
      if (sections.length !== 6) return 'loading';
      return sections.every((s) => s.status === 'ready') ? 'ready' : 'loading';
    },
  };
}

for (const module of MODULES) {
  const meta = module.default;
  describe(`stories: ${meta.title}`, () => {
    for (const [name, story] of Object.entries(module)) {
      if (name === 'default' || typeof story !== 'object' || story === null) continue;
      it(`${name} renders in its state, axe-clean, without errors`, async () => {
        const errors: string[] = [];
        const realConsoleError = console.error;
        console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
        const onError = (event: ErrorEvent) => errors.push(event.message);
        window.addEventListener('error', onError);
        try {
          const storyObject = story as { args?: object; render?: (args: never) => TemplateResult };
          const render = storyObject.render ?? meta.render!;
          const args = { ...meta.args, ...storyObject.args } as never;
          const wrapper = await fixture<HTMLElement>(html`<div>${render(args)}</div>`);
          // A whole report is in a state when every section in it is.
          const section = reportOrSection(wrapper.querySelector<HTMLElement & { status: string }>('[src]')!);
          const expected = expectedStatus(name);
          if (expected === 'loading') {
            await aTimeout(300);
            expect(section.status).to.equal('loading');
          } else {
            await waitUntil(() => section.status === expected, `${name} never became ${expected}`, {
              timeout: 8000,
            });
          }
          await aTimeout(50);
          await expect(wrapper).to.be.accessible();
          expect(errors).to.deep.equal([]);
        } finally {
          console.error = realConsoleError;
          window.removeEventListener('error', onError);
        }
      });
    }
  });
}
