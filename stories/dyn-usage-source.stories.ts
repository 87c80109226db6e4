import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/dyn-usage-source/define.js';
import '../src/elements/dyn-usage-summary/define.js';
import '../src/elements/dyn-usage-sku/define.js';
import { frame, SAMPLE } from './support/story-frame.js';

/** `<dyn-usage-source>` shows nothing itself: its stories show the sections that read from it. */
interface SourceArgs {
  src: string;
}

const meta: Meta<SourceArgs> = {
  title: 'Data/Source',
  component: 'dyn-usage-source',
  args: { src: SAMPLE },
  render: ({ src }): TemplateResult =>
    frame(
      'wide',
      html`<dyn-usage-source id="usage" src=${src}></dyn-usage-source>
        <dyn-usage-summary source="usage"></dyn-usage-summary>
        <dyn-usage-sku source="usage"></dyn-usage-sku>`,
    ),
};
export default meta;
type Story = StoryObj<SourceArgs>;

/** One export read once, in the worker, for two sections. */
export const SharedBySections: Story = {};
/** A source that cannot load: each section reading from it says so. */
export const ErrorNotFound: Story = { args: { src: '/data/no-such-export.csv' } };
