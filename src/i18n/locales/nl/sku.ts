import type { CatalogPart } from '../../catalog.js';

/** The sku messages in nl (see ../en/sku.ts). "Seats" as on the Dutch Partner Center page. */
export default {
  'sku.title': 'Dynamics-gebruik per SKU',
  'sku.view.group': 'Weergave',
  'sku.view.single': 'Eén SKU',
  'sku.view.compare': "SKU's vergelijken",
  'sku.picker.label': 'SKU',
  'sku.picker.list': "SKU's",
  'sku.picker.none': 'Geen SKU gevonden',
  'sku.picker.matches': { one: '{count} SKU gevonden', other: "{count} SKU's gevonden" },
  'sku.metric.label': 'Meetwaarde',
  'sku.sharedScale': 'Dezelfde schaal voor alle',
  'sku.missing': 'Geen rijen voor “{sku}” in deze maanden; {shown} wordt getoond.',
  'sku.chart.label':
    '{sku}: beschikbare, toegewezen en actieve seats per maand, {from} tot en met {to}. In {month}: {available} beschikbaar, {assigned} toegewezen, {active} actief. Lees elke maand met de pijltoetsen.',
  'sku.legend.label': 'Reeksen van {sku}',
  'sku.readout': '{month}: {figures}',
  'sku.readout.figure': '{name} {value}',
  'sku.readout.separator': ', ',
  'sku.multiples.unusual': '{sku}: {note}',
  'sku.multiples.label.own': {
    one: '{metric} per SKU, {from} tot en met {to}: {count} kleine grafiek. Lees elke maand met de pijltoetsen.',
    other:
      '{metric} per SKU, {from} tot en met {to}: {count} kleine grafieken, elk met een eigen schaal. Lees elke maand met de pijltoetsen.',
  },
  'sku.multiples.label.shared': {
    one: '{metric} per SKU, {from} tot en met {to}: {count} kleine grafiek. Lees elke maand met de pijltoetsen.',
    other:
      '{metric} per SKU, {from} tot en met {to}: {count} kleine grafieken, met één gedeelde schaal. Lees elke maand met de pijltoetsen.',
  },
  'sku.table.single': '{sku}: seats per maand',
  'sku.table.compare': '{metric} per SKU en maand',
  'sku.table.month': 'Maand',
  'sku.csv.sku': 'SKU',
  'sku.csv.month': 'Maand',
} satisfies CatalogPart<'sku'>;
