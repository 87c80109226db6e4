import type { CatalogPart } from '../../catalog.js';

/** The subscriptions messages in it (see ../en/subscriptions.ts). */
export default {
  'subscriptions.title': 'Prestazioni delle sottoscrizioni',
  'subscriptions.search.label': 'Cerca tra tutti i clienti per nome o ID tenant',
  'subscriptions.search.placeholder': 'Cerca clienti o ID tenant',
  'subscriptions.download': 'Scarica dati non elaborati',
  'subscriptions.download.preparing': 'Preparazione…',
  'subscriptions.search.searching': 'Ricerca…',
  'subscriptions.search.none': 'Nessun cliente corrisponde a “{query}”',
  'subscriptions.search.matches': {
    one: '{count} cliente corrisponde a “{query}”',
    many: '{count} di clienti corrispondono a “{query}”',
    other: '{count} clienti corrispondono a “{query}”',
  },
  'subscriptions.search.noRows': 'Nessun cliente corrisponde alla ricerca.',
  'subscriptions.rows.loading': 'Caricamento dei clienti…',
  'subscriptions.rows.none': 'Nessun cliente da mostrare.',
  'subscriptions.rows.error': 'Impossibile caricare questi clienti',
  'subscriptions.rows.invalid': 'Impossibile leggere i clienti da {url}: {detail}',
  'subscriptions.caption.top.revenue': {
    one: 'Primi {ranked} di {count} cliente, per ricavi fatturati, {range}',
    many: 'Primi {ranked} di {count} di clienti, per ricavi fatturati, {range}',
    other: 'Primi {ranked} di {count} clienti, per ricavi fatturati, {range}',
  },
  'subscriptions.caption.top.seats': {
    one: 'Primi {ranked} di {count} cliente, per licenze disponibili a {month} (nessun ricavo fatturato nei dati)',
    many: 'Primi {ranked} di {count} di clienti, per licenze disponibili a {month} (nessun ricavo fatturato nei dati)',
    other:
      'Primi {ranked} di {count} clienti, per licenze disponibili a {month} (nessun ricavo fatturato nei dati)',
  },
  'subscriptions.caption.all.revenue': {
    one: 'L’unico cliente, per ricavi fatturati, {range}',
    many: 'Tutti i {count} di clienti, per ricavi fatturati, {range}',
    other: 'Tutti i {count} clienti, per ricavi fatturati, {range}',
  },
  'subscriptions.caption.all.seats': {
    one: 'L’unico cliente, per licenze disponibili a {month} (nessun ricavo fatturato nei dati)',
    many: 'Tutti i {count} di clienti, per licenze disponibili a {month} (nessun ricavo fatturato nei dati)',
    other: 'Tutti i {count} clienti, per licenze disponibili a {month} (nessun ricavo fatturato nei dati)',
  },
  'subscriptions.caption.search.revenue': 'Clienti corrispondenti a “{query}”, per ricavi fatturati, {range}',
  'subscriptions.caption.search.seats':
    'Clienti corrispondenti a “{query}”, per licenze disponibili a {month} (nessun ricavo fatturato nei dati)',
  'subscriptions.caption.top.seatsHidden': {
    one: 'Primi {ranked} di {count} cliente, per licenze disponibili a {month}',
    many: 'Primi {ranked} di {count} di clienti, per licenze disponibili a {month}',
    other: 'Primi {ranked} di {count} clienti, per licenze disponibili a {month}',
  },
  'subscriptions.caption.all.seatsHidden': {
    one: 'L’unico cliente, per licenze disponibili a {month}',
    many: 'Tutti i {count} di clienti, per licenze disponibili a {month}',
    other: 'Tutti i {count} clienti, per licenze disponibili a {month}',
  },
  'subscriptions.caption.search.seatsHidden':
    'Clienti corrispondenti a “{query}”, per licenze disponibili a {month}',
  'subscriptions.caption.outside': {
    one: 'I clienti fuori dai primi {count} qui non hanno una posizione.',
    many: 'I clienti fuori dai primi {count} qui non hanno una posizione.',
    other: 'I clienti fuori dai primi {count} qui non hanno una posizione.',
  },
  'subscriptions.caption.outsideRevenue': {
    one: 'I clienti fuori dai primi {count} qui non hanno né posizione né ricavi fatturati.',
    many: 'I clienti fuori dai primi {count} qui non hanno né posizione né ricavi fatturati.',
    other: 'I clienti fuori dai primi {count} qui non hanno né posizione né ricavi fatturati.',
  },
  'subscriptions.caption.withNote': '{caption}. {note}',
  'subscriptions.column.rank': 'Posizione',
  'subscriptions.column.customer': 'Cliente',
  'subscriptions.column.market': 'Mercato',
  'subscriptions.column.segment': 'Segmento',
  'subscriptions.column.revenue': 'Ricavi fatturati',
  'subscriptions.column.subscriptions': 'Sottoscrizioni',
  'subscriptions.column.trend': 'Andamento dell’utilizzo attivo',
  'subscriptions.trend.label': '% di utilizzo attivo, {from} {fromValue} a {to} {toValue}',
  'subscriptions.subs.caption': 'Sottoscrizioni di {customer}',
  'subscriptions.subs.sku': 'SKU',
  'subscriptions.subs.subscription': 'Sottoscrizione',
  'subscriptions.subs.ofMonth': '{label} ({month})',
  'subscriptions.subs.trend': 'Andamento',
  'subscriptions.subs.more': {
    one: 'Visualizzate {shown} di {count} sottoscrizione; il download dei dati non elaborati le contiene tutte.',
    many: 'Visualizzate {shown} di {count} di sottoscrizioni; il download dei dati non elaborati le contiene tutte.',
    other:
      'Visualizzate {shown} di {count} sottoscrizioni; il download dei dati non elaborati le contiene tutte.',
  },
  'subscriptions.pager.label': 'Pagine dei clienti',
  'subscriptions.pager.previous': 'Precedente',
  'subscriptions.pager.next': 'Successiva',
  'subscriptions.pager.range': '{start}–{end} di {total}',
  'subscriptions.csv.customerKey': 'Chiave cliente',
  'subscriptions.csv.revenue': 'Ricavi fatturati (USD)',
  'subscriptions.csv.ofMonth': '{label} {month}',
  'subscriptions.file.name': 'Utilizzo Dynamics sottoscrizioni',
  'subscriptions.file.search': 'ricerca',
} satisfies CatalogPart<'subscriptions'>;
