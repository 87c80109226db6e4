import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/dyn-usage-insights/define.js';
import { renderSection, sectionArgTypes } from './support/section-story.js';
import type { SectionArgs } from './support/section-story.js';
import { MISSING_COLUMNS, SAMPLE, SLOW_SAMPLE } from './support/story-frame.js';

const meta: Meta<SectionArgs> = {
  title: 'Sections/Insights',
  component: 'dyn-usage-insights',
  args: { src: SAMPLE, width: 'wide' },
  argTypes: {
    ...sectionArgTypes,
    'renewal-days': { control: { type: 'number', min: 1, max: 365 } },
    'renewal-active-below': { control: { type: 'number', min: 1, max: 100 } },
  },
  render: renderSection('dyn-usage-insights'),
};
export default meta;
type Story = StoryObj<SectionArgs>;

export const Ready: Story = {};
export const RenewalsWithin30Days: Story = { args: { 'renewal-days': 30 } };
export const Narrow: Story = { args: { width: 'narrow' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkNarrow: Story = { args: { theme: 'dark', width: 'narrow' } };
export const Dutch: Story = { args: { locale: 'nl' } };
export const German: Story = { args: { locale: 'de', width: 'narrow' } };
export const Arabic: Story = { args: { locale: 'ar' } };
export const LoadingWithProgress: Story = { args: { src: SLOW_SAMPLE } };
export const Empty: Story = { args: { from: '2020-01', to: '2020-06' } };
export const ErrorMissingColumns: Story = { args: { src: MISSING_COLUMNS } };
export const ErrorNotFound: Story = { args: { src: '/data/no-such-export.csv' } };
