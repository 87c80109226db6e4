import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/dyn-usage-report/define.js';
import { renderSection, sectionArgTypes } from './support/section-story.js';
import type { SectionArgs } from './support/section-story.js';
import { MISSING_COLUMNS, SAMPLE, SLOW_SAMPLE } from './support/story-frame.js';

const meta: Meta<SectionArgs> = {
  title: 'Report/Whole report',
  component: 'dyn-usage-report',
  // no-hash: a story must not rewrite Storybook's own URL.
  args: { src: SAMPLE, width: 'wide', 'no-hash': true },
  argTypes: sectionArgTypes,
  render: renderSection('dyn-usage-report'),
};
export default meta;
type Story = StoryObj<SectionArgs>;

export const Ready: Story = {};
export const Dark: Story = { args: { theme: 'dark' } };
export const Narrow: Story = { args: { width: 'narrow' } };
export const Dutch: Story = { args: { locale: 'nl' } };
export const LoadingWithProgress: Story = { args: { src: SLOW_SAMPLE } };
export const LoadingIndeterminate: Story = { args: { src: 'slow://hang' } };
/** Filters no row matches (Denmark has no Commerce subscription in the sample): one message, a way back. */
export const EmptyFiltersLeaveNoRows: Story = {
  render: renderSection('dyn-usage-report', (report) =>
    Object.assign(report, { view: { filter: { country: ['DK'], sku: ['Dynamics 365 Commerce'] } } }),
  ),
};
export const ErrorMissingColumns: Story = { args: { src: MISSING_COLUMNS } };
export const ErrorNotFound: Story = { args: { src: '/data/no-such-export.csv' } };
