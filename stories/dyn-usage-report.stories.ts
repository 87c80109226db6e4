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
/** Several values per filter: three countries and two SKUs, each a chip; the lists say "3 selected". */
export const MultipleValues: Story = {
  render: renderSection('dyn-usage-report', (report) =>
    Object.assign(report, {
      view: {
        filter: {
          country: ['NL', 'DE', 'US'],
          sku: ['Dynamics 365 Sales Enterprise', 'Dynamics 365 Sales Professional'],
        },
      },
    }),
  ),
};
/** Narrow (360 px): the filter bar folds behind "Filters (3)"; the chips stay in view. */
export const NarrowFiltersCollapsed: Story = {
  args: { width: 'narrow' },
  render: renderSection('dyn-usage-report', (report) =>
    Object.assign(report, {
      view: { filter: { country: ['NL', 'DE'], sku: ['Dynamics 365 Sales Enterprise'] } },
    }),
  ),
};
/** Dark, narrow, in Arabic with two filter values: right to left, the folded bar's button on the right. */
export const NarrowArabicDark: Story = {
  args: { width: 'narrow', locale: 'ar', theme: 'dark' },
  render: renderSection('dyn-usage-report', (report) =>
    Object.assign(report, { view: { filter: { country: ['NL', 'DE'] } } }),
  ),
};
/** A snapshot month other than the window's last: the map and the distribution show that month. */
export const SnapshotMonth: Story = {
  render: renderSection('dyn-usage-report', (report) =>
    Object.assign(report, { view: { month: '2026-06', filter: {} } }),
  ),
};
