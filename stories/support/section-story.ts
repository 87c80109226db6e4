import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { ArgTypes } from '@storybook/web-components-vite';
import { frame } from './story-frame.js';

/** Args every section story has: the element's attributes, plus the container width. */
export interface SectionArgs {
  src?: string;
  from?: string;
  to?: string;
  month?: string;
  locale?: string;
  theme?: 'light' | 'dark';
  width: 'narrow' | 'wide';
  [attribute: string]: string | number | boolean | undefined;
}

export const sectionArgTypes: Partial<ArgTypes<SectionArgs>> = {
  theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  locale: { control: 'select', options: [undefined, 'en-US', 'en-GB', 'nl', 'de', 'ja'] },
  width: { control: 'inline-radio', options: ['narrow', 'wide'] },
};

/**
 * A render function for a section element: every arg except `width` becomes an attribute (booleans as
 * present/absent), so the controls panel edits attributes as a host page would write them. `configure`
 * sets what no attribute can (a property such as the report's `view`).
 */
export function renderSection(tag: string, configure?: (element: HTMLElement) => void) {
  return (args: SectionArgs): TemplateResult => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(args)) {
      if (name === 'width' || value === undefined || value === false || value === '') continue;
      element.setAttribute(name, value === true ? '' : String(value));
    }
    configure?.(element);
    return frame(args.width, html`${element}`, args.theme === 'dark');
  };
}
