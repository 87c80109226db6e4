import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/dyn-usage-geo/define.js';
import { renderSection, sectionArgTypes } from './support/section-story.js';
import type { SectionArgs } from './support/section-story.js';
import { MISSING_COLUMNS, SAMPLE, SLOW_SAMPLE } from './support/story-frame.js';

const meta: Meta<SectionArgs> = {
  title: 'Sections/Usage by geography',
  component: 'dyn-usage-geo',
  args: { src: SAMPLE, width: 'wide' },
  argTypes: {
    ...sectionArgTypes,
    metric: { control: 'inline-radio', options: ['available', 'active'] },
    detail: { control: 'inline-radio', options: ['110m', '50m'] },
    'selected-country': { control: 'text' },
  },
  render: renderSection('dyn-usage-geo'),
};
export default meta;
type Story = StoryObj<SectionArgs>;

export const Ready: Story = {};
export const ActiveSeats: Story = { args: { metric: 'active' } };
export const FinerMap: Story = { args: { detail: '50m' } };
export const GermanySelected: Story = { args: { 'selected-country': 'DE' } };
export const SingaporeOnFinerMap: Story = {
  args: { detail: '50m', 'selected-country': 'SG', width: 'narrow' },
};
/** June's snapshot: the header says "June 2026", not the window. */
export const SnapshotMonth: Story = { args: { month: '2026-06' } };
/** "Data as of Nov 28, 2026" under the grid, from the page's data-as-of. */
export const DataAsOf: Story = { args: { 'data-as-of': '2026-11-28', width: 'narrow' } };
export const Narrow: Story = { args: { width: 'narrow' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkNarrowActive: Story = { args: { theme: 'dark', width: 'narrow', metric: 'active' } };
export const Dutch: Story = { args: { locale: 'nl' } };
export const Japanese: Story = { args: { locale: 'ja', width: 'narrow' } };
export const LoadingWithProgress: Story = { args: { src: SLOW_SAMPLE } };
export const LoadingIndeterminate: Story = { args: { src: 'slow://hang' } };
export const Empty: Story = { args: { from: '2020-01', to: '2020-06' } };
export const ErrorMissingColumns: Story = { args: { src: MISSING_COLUMNS } };
export const ErrorNotFound: Story = { args: { src: '/data/no-such-export.csv' } };
