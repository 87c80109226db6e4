import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/dyn-usage-summary/define.js';
import { renderSection, sectionArgTypes } from './support/section-story.js';
import type { SectionArgs } from './support/section-story.js';
import { EXCEL_EN_GB, MISSING_COLUMNS, PARTIAL_OCTOBER, SAMPLE, SLOW_SAMPLE } from './support/story-frame.js';
import { plantedDropReport } from './support/planted-drop.js';

const meta: Meta<SectionArgs> = {
  title: 'Sections/Summary',
  component: 'dyn-usage-summary',
  args: { src: SAMPLE, width: 'wide' },
  argTypes: sectionArgTypes,
  render: renderSection('dyn-usage-summary'),
};
export default meta;
type Story = StoryObj<SectionArgs>;

export const Ready: Story = {};
export const Narrow: Story = { args: { width: 'narrow' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkNarrow: Story = { args: { theme: 'dark', width: 'narrow' } };
export const Dutch: Story = { args: { locale: 'nl' } };
export const Japanese: Story = { args: { locale: 'ja', width: 'narrow' } };
export const SixMonths: Story = { args: { from: '2026-05', to: '2026-10' } };
export const LoadingWithProgress: Story = { args: { src: SLOW_SAMPLE } };
export const LoadingIndeterminate: Story = { args: { src: 'slow://hang' } };
/** Day-first dates read right, a mistyped 2062 left out of the window: both said in the notice. */
export const ExcelEnGbWithWarnings: Story = { args: { src: EXCEL_EN_GB, width: 'narrow' } };
/** The export's own date, as a page knows it: "Data as of Nov 28, 2026" under the tiles. */
export const DataAsOf: Story = { args: { 'data-as-of': '2026-11-28' } };
/** October holds 4 rows against September's 12: a note says it looks partial, above the tiles. */
export const PartialLatestMonth: Story = { args: { src: PARTIAL_OCTOBER } };
export const PartialLatestMonthDarkNarrow: Story = {
  args: { src: PARTIAL_OCTOBER, theme: 'dark', width: 'narrow' },
};
export const PartialLatestMonthDutch: Story = { args: { src: PARTIAL_OCTOBER, locale: 'nl' } };
export const PartialLatestMonthArabic: Story = {
  args: { src: PARTIAL_OCTOBER, locale: 'ar', width: 'narrow' },
};
/**
 * July 2026's unusual drop marked with a diamond on the available, assigned and active sparklines, from a
 * report document with insights; focus a sparkline and move to July to read why.
 */
const unusual = renderSection('dyn-usage-summary', (element) =>
  Object.assign(element, { report: plantedDropReport() }),
);
export const UnusualMonths: Story = { render: unusual };
export const UnusualMonthsDarkNarrow: Story = {
  args: { theme: 'dark', width: 'narrow' },
  render: unusual,
};
export const UnusualMonthsArabic: Story = { args: { locale: 'ar', width: 'narrow' }, render: unusual };
export const Empty: Story = { args: { from: '2020-01', to: '2020-06' } };
export const ErrorMissingColumns: Story = { args: { src: MISSING_COLUMNS } };
export const ErrorNotFound: Story = { args: { src: '/data/no-such-export.csv' } };
