import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/dyn-usage-summary/define.js';
import { frame, MISSING_COLUMNS, SAMPLE, SLOW_SAMPLE } from './support/story-frame.js';

interface SummaryArgs {
  src: string;
  from?: string;
  to?: string;
  locale?: string;
  theme?: 'light' | 'dark';
  width: 'narrow' | 'wide';
}

const meta: Meta<SummaryArgs> = {
  title: 'Sections/Summary',
  component: 'dyn-usage-summary',
  args: { src: SAMPLE, width: 'wide' },
  argTypes: {
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    locale: { control: 'select', options: [undefined, 'en-US', 'en-GB', 'nl', 'de', 'ja'] },
    width: { control: 'inline-radio', options: ['narrow', 'wide'] },
  },
  render: ({ src, from, to, locale, theme, width }) =>
    frame(
      width,
      html`<dyn-usage-summary
        src=${src}
        from=${ifDefined(from)}
        to=${ifDefined(to)}
        locale=${ifDefined(locale)}
        theme=${ifDefined(theme)}
      ></dyn-usage-summary>`,
      theme === 'dark',
    ),
};
export default meta;
type Story = StoryObj<SummaryArgs>;

export const Ready: Story = {};
export const Narrow: Story = { args: { width: 'narrow' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkNarrow: Story = { args: { theme: 'dark', width: 'narrow' } };
export const Dutch: Story = { args: { locale: 'nl' } };
export const Japanese: Story = { args: { locale: 'ja', width: 'narrow' } };
export const SixMonths: Story = { args: { from: '2026-05', to: '2026-10' } };
export const LoadingWithProgress: Story = { args: { src: SLOW_SAMPLE } };
export const LoadingIndeterminate: Story = { args: { src: 'slow://hang' } };
export const Empty: Story = { args: { from: '2020-01', to: '2020-06' } };
export const ErrorMissingColumns: Story = { args: { src: MISSING_COLUMNS } };
export const ErrorNotFound: Story = { args: { src: '/data/no-such-export.csv' } };
