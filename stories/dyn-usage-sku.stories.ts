import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/dyn-usage-sku/define.js';
import { renderSection, sectionArgTypes } from './support/section-story.js';
import type { SectionArgs } from './support/section-story.js';
import { MISSING_COLUMNS, SAMPLE, SLOW_SAMPLE } from './support/story-frame.js';
import { plantedDropReport } from './support/planted-drop.js';

const meta: Meta<SectionArgs> = {
  title: 'Sections/Usage by SKU',
  component: 'dyn-usage-sku',
  args: { src: SAMPLE, width: 'wide' },
  argTypes: {
    ...sectionArgTypes,
    mode: { control: 'inline-radio', options: ['single', 'compare'] },
    metric: { control: 'inline-radio', options: ['available', 'assigned', 'active'] },
    'shared-scale': { control: 'boolean' },
    sku: { control: 'text' },
  },
  render: renderSection('dyn-usage-sku'),
};
export default meta;
type Story = StoryObj<SectionArgs>;

export const Ready: Story = {};
export const ChosenSku: Story = { args: { sku: 'Dynamics 365 Finance' } };
export const Compare: Story = { args: { mode: 'compare' } };
export const CompareActiveSharedScale: Story = {
  args: { mode: 'compare', metric: 'active', 'shared-scale': true },
};
export const Narrow: Story = { args: { width: 'narrow' } };
export const CompareNarrow: Story = { args: { mode: 'compare', width: 'narrow' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkCompare: Story = { args: { theme: 'dark', mode: 'compare' } };
export const Dutch: Story = { args: { locale: 'nl' } };
export const German: Story = { args: { locale: 'de', width: 'narrow' } };
/**
 * July 2026's unusual drop (150 Sales seats given back) marked with a diamond on each line, from a report
 * document with insights; focus the chart and move to July to read why.
 */
const unusual = renderSection('dyn-usage-sku', (element) =>
  Object.assign(element, { report: plantedDropReport() }),
);
export const UnusualMonths: Story = { args: { sku: 'Dynamics 365 Sales' }, render: unusual };
export const UnusualMonthsDarkNarrow: Story = {
  args: { sku: 'Dynamics 365 Sales', theme: 'dark', width: 'narrow' },
  render: unusual,
};
export const UnusualMonthsArabic: Story = {
  args: { sku: 'Dynamics 365 Sales', locale: 'ar', width: 'narrow' },
  render: unusual,
};
export const LoadingWithProgress: Story = { args: { src: SLOW_SAMPLE } };
export const LoadingIndeterminate: Story = { args: { src: 'slow://hang' } };
export const Empty: Story = { args: { from: '2020-01', to: '2020-06' } };
export const ErrorMissingColumns: Story = { args: { src: MISSING_COLUMNS } };
export const ErrorNotFound: Story = { args: { src: '/data/no-such-export.csv' } };
