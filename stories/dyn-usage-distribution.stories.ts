import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/dyn-usage-distribution/define.js';
import { renderSection, sectionArgTypes } from './support/section-story.js';
import type { SectionArgs } from './support/section-story.js';
import { MISSING_COLUMNS, SAMPLE, SLOW_SAMPLE } from './support/story-frame.js';

const meta: Meta<SectionArgs> = {
  title: 'Sections/Usage distribution',
  component: 'dyn-usage-distribution',
  args: { src: SAMPLE, width: 'wide' },
  argTypes: { ...sectionArgTypes, top: { control: { type: 'number', min: 1, max: 25 } } },
  render: renderSection('dyn-usage-distribution'),
};
export default meta;
type Story = StoryObj<SectionArgs>;

export const Ready: Story = {};
export const TopFive: Story = { args: { top: 5 } };
export const EarlierMonth: Story = { args: { month: '2026-01' } };
export const Narrow: Story = { args: { width: 'narrow' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkNarrow: Story = { args: { theme: 'dark', width: 'narrow' } };
export const Dutch: Story = { args: { locale: 'nl' } };
export const Japanese: Story = { args: { locale: 'ja' } };
export const LoadingWithProgress: Story = { args: { src: SLOW_SAMPLE } };
export const LoadingIndeterminate: Story = { args: { src: 'slow://hang' } };
export const Empty: Story = { args: { from: '2020-01', to: '2020-06' } };
export const ErrorMissingColumns: Story = { args: { src: MISSING_COLUMNS } };
export const ErrorNotFound: Story = { args: { src: '/data/no-such-export.csv' } };
