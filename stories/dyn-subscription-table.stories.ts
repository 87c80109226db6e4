import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/dyn-subscription-table/define.js';
import { renderSection, sectionArgTypes } from './support/section-story.js';
import type { SectionArgs } from './support/section-story.js';
import { MISSING_COLUMNS, SAMPLE, SLOW_SAMPLE } from './support/story-frame.js';

// The first 1,500 rows of the sample without its BilledRevenueUSD column (see demo/data/README.md).
const WITHOUT_REVENUE = '/data/dynamics-usage-no-revenue.csv';

const meta: Meta<SectionArgs> = {
  title: 'Sections/Subscriptions performance',
  component: 'dyn-subscription-table',
  args: { src: SAMPLE, width: 'wide' },
  argTypes: {
    ...sectionArgTypes,
    top: { control: { type: 'number', min: 1, max: 500 } },
    'hide-revenue': { control: 'boolean' },
    'page-size': { control: { type: 'number', min: 5, max: 100 } },
  },
  render: renderSection('dyn-subscription-table'),
};
export default meta;
type Story = StoryObj<SectionArgs>;

export const Ready: Story = {};
export const HideRevenue: Story = { args: { 'hide-revenue': true } };
export const WithoutRevenue: Story = { args: { src: WITHOUT_REVENUE } };
export const TopTen: Story = { args: { top: 10, 'page-size': 10 } };
export const Narrow: Story = { args: { width: 'narrow' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkNarrow: Story = { args: { theme: 'dark', width: 'narrow' } };
export const Dutch: Story = { args: { locale: 'nl' } };
export const German: Story = { args: { locale: 'de', width: 'narrow' } };
export const LoadingWithProgress: Story = { args: { src: SLOW_SAMPLE } };
export const LoadingIndeterminate: Story = { args: { src: 'slow://hang' } };
export const Empty: Story = { args: { from: '2020-01', to: '2020-06' } };
export const ErrorMissingColumns: Story = { args: { src: MISSING_COLUMNS } };
export const ErrorNotFound: Story = { args: { src: '/data/no-such-export.csv' } };
