// The section menu's image items, apart from the code that makes the images: the menu shows them as soon as the
// figures are ready, the images' code loads when a reader reaches for the menu (section-downloads.ts).
import type { Localizer } from '../../i18n/localizer.js';
import type { SectionMenuItem } from './section-menu.js';

/** The menu's image items: the file as SVG, as PNG, and the PNG on the clipboard. */
export const IMAGE_ITEMS = ['svg', 'png', 'copy'] as const;
export type ImageItem = (typeof IMAGE_ITEMS)[number];

export function isImageItem(id: string): id is ImageItem {
  return (IMAGE_ITEMS as readonly string[]).includes(id);
}

export function imageMenuItems({ t }: Localizer): SectionMenuItem[] {
  return [
    { id: 'svg', label: t('menu.svg') },
    { id: 'png', label: t('menu.png') },
    { id: 'copy', label: t('menu.copy') },
  ];
}
