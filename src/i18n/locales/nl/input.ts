import type { CatalogPart } from '../../catalog.js';

/** The input messages in nl (see ../en/input.ts): column names, cells, lines and months stay as they are. */
export default {
  'input.warning.date-day-first':
    'Month: datums staan met de dag eerst ({value} op regel {line} is {month}), zoals Excel ze in en-GB, nl, de of fr schrijft; zo gelezen',
  'input.warning.date-order-ambiguous':
    'Month: geen enkele datum onderscheidt dag en maand ({value} op regel {line}); gelezen met de maand eerst, zoals Partner Center ze schrijft',
  'input.warning.encoding-windows-1252':
    'Het bestand is geen UTF-8 (regel {line} is de eerste met een byte die dat niet is): gelezen als Windows-1252, zoals Excel "CSV" op Windows opslaat',
  'input.warning.encoding-invalid-utf8': {
    one: 'Bytes die geen UTF-8 zijn op regel {lines}: één voor één gelezen als Windows-1252-tekens, controleer dus die namen',
    other:
      'Bytes die geen UTF-8 zijn op de regels {lines}: één voor één gelezen als Windows-1252-tekens, controleer dus die namen',
  },
  'input.warning.encoding-invalid-utf8.more':
    'Bytes die geen UTF-8 zijn op de regels {lines} en verder: één voor één gelezen als Windows-1252-tekens, controleer dus die namen',
  'input.warning.decimal-comma':
    'Het bestand is gescheiden door puntkomma’s, zoals Excel "CSV" opslaat in nl, de, fr…: getallen zijn gelezen met een decimale komma (1234,56 is 1234.56), en een "." in een getal wordt geweigerd als scheidingsteken voor duizendtallen',
  'input.warning.rows-recovered':
    'Door een aanhalingsteken op regel {line} liep een cel door over de regels erna (een los aanhalingsteken?): die regel is overgeslagen en de rijen erna zijn opnieuw gelezen',
  'input.warning.rows-recovered.more': {
    one: 'Door een aanhalingsteken op regel {line} (en op nog {count} regel) liep een cel door over de regels erna (een los aanhalingsteken?): die regel is overgeslagen en de rijen erna zijn opnieuw gelezen',
    other:
      'Door een aanhalingsteken op regel {line} (en op nog {count} regels) liep een cel door over de regels erna (een los aanhalingsteken?): die regel is overgeslagen en de rijen erna zijn opnieuw gelezen',
  },
  'input.warning.outlier-month': {
    one: 'Maand {month} ({count} rij) ligt meer dan een jaar van de rest van de gegevens ({from} tot {to}): controleer de Month van die rijen',
    other:
      'Maand {month} ({count} rijen) ligt meer dan een jaar van de rest van de gegevens ({from} tot {to}): controleer de Month van die rijen',
  },
  'input.warning.outlier-month.default-window': {
    one: 'Maand {month} ({count} rij) ligt meer dan een jaar van de rest van de gegevens ({from} tot {to}): controleer de Month van die rijen; het standaardvenster eindigt op {to}',
    other:
      'Maand {month} ({count} rijen) ligt meer dan een jaar van de rest van de gegevens ({from} tot {to}): controleer de Month van die rijen; het standaardvenster eindigt op {to}',
  },
  'input.warning.window-clamped': {
    one: 'Het venster {from} tot {to} is langer dan {count} maand: ingekort tot {cutFrom} tot {cutTo}, de maanden van de gegevens',
    other:
      'Het venster {from} tot {to} is langer dan {count} maanden: ingekort tot {cutFrom} tot {cutTo}, de maanden van de gegevens',
  },
  'input.skip.field-count': 'de rij heeft {fields} velden, de kopregel {width}',
  'input.skip.cell-empty': '{column} is leeg',
  'input.skip.not-a-month': '{column} {value} is geen maand',
  'input.skip.thousands-separator': '{column} {value} heeft een scheidingsteken voor duizendtallen',
  'input.skip.number-too-large': '{column} {value} is te groot (2^53 of meer)',
  'input.skip.not-a-whole-number': '{column} {value} is geen niet-negatief geheel getal',
  'input.skip.not-a-number': '{column} {value} is geen getal',
  'input.skip.stray-quote':
    'door een aanhalingsteken op regel {line} loopt een cel door over de regels erna (een los aanhalingsteken?): regel {line} is overgeslagen en de regels erna zijn opnieuw gelezen',
  'input.skip.not-an-object': 'de rij is geen object',
  'input.error.missing-columns': {
    one: 'Verplichte kolom ontbreekt: {columns}',
    other: 'Verplichte kolommen ontbreken: {columns}',
  },
  'input.error.empty': 'Het bestand is leeg',
  'input.error.workbook':
    'Dit is een Excel-werkmap (.xlsx) of een ander zip-bestand, geen export: sla het blad op als CSV (CSV UTF-8) en laad dat',
  'input.error.workbook.xls':
    'Dit is een Excel 97–2003-werkmap (.xls), geen export: sla het blad op als CSV (CSV UTF-8) en laad dat',
  'input.error.html-page':
    'Dit is een webpagina (HTML), geen export: misschien is een aanmeld- of foutpagina geleverd in plaats van het bestand',
  'input.error.html-page.markup':
    'Dit is opmaak (XML of HTML), geen export: misschien is een foutdocument geleverd in plaats van het bestand',
  'input.error.json-scalar':
    'Dit is één JSON-waarde ({value}), geen export: verwacht werd CSV, TSV of een JSON-array van rijen',
  'input.error.not-text':
    'Het bestand bevat 00-bytes in een volgorde die UTF-16-tekst niet zou hebben: het is geen tekstexport (sla het op als CSV UTF-8)',
  'input.error.duplicate-columns.keys':
    'Kolom {column} staat er twee keer in: sleutels {first} en {second} (regel {line})',
  'input.error.date-order-mixed.day-first':
    'Month: het bestand mengt datumvolgordes: {first} op regel {firstLine} heeft de dag eerst, {second} op regel {secondLine} de maand eerst; sla de export opnieuw op met één datumnotatie',
  'input.error.date-order-mixed.month-first':
    'Month: het bestand mengt datumvolgordes: {first} op regel {firstLine} heeft de maand eerst, {second} op regel {secondLine} de dag eerst; sla de export opnieuw op met één datumnotatie',
  'input.error.unreadable.json-syntax':
    'Het bestand is geen geldige JSON: {detail} (regel {line}, positie {column})',
  'input.error.unreadable.json-not-rows':
    'De JSON bevat geen gebruiksrijen: verwacht werd een array van rij-objecten, { "value": [...] } of een rapportdocument',
  'input.error.unreadable.json-no-objects': 'De JSON-array bevat geen rij-objecten',
  'input.error.unreadable.gzip-unsupported':
    'Het bestand is met gzip gecomprimeerd en deze browser kan het niet uitpakken (geen DecompressionStream): pak het eerst uit',
  'input.error.unreadable.gzip-broken':
    'De gzip-gegevens zijn beschadigd ({detail}): comprimeer de export opnieuw',
  'input.error.http-status': 'Kan {url} niet laden: HTTP {status}',
  'input.error.network': 'Kan {url} niet laden: {detail}',
  'input.error.not-a-url': 'src: {src} is geen URL',
  'input.error.source-missing': 'source "{id}" wijst naar geen enkele <dyn-usage-source> in dit document',
  'input.error.source-missing.shadow-root':
    'source "{id}" wijst naar geen enkele <dyn-usage-source> in deze shadow root',
  'input.error.source-undefined':
    'source "{id}" wijst naar een <dyn-usage-source> die niet gedefinieerd is (importeer dyn-usage-kit/source, of de bundel)',
  'input.error.source-not-source': 'source "{id}" wijst naar een <{tag}>, niet naar een <dyn-usage-source>',
  'input.error.worker-failed': 'De parser-worker is mislukt: {detail}',
  'input.error.worker-unreadable': 'De parser-worker stuurde een resultaat dat niet te lezen was',
  'input.error.worker-unavailable': 'Inlezen in een worker lukte niet: {detail}',
  'input.error.code-unavailable': 'De grafiekcode van de sectie is niet geladen: {detail}',
  'input.error.filter-invalid': 'Ongeldig filter: {detail}',
  'input.error.filter-report-document':
    'filter: een rapportdocument kan niet gefilterd worden; filters werken alleen op een export',
  'input.freshness.asOf': 'Gegevens per {date}',
  'input.freshness.through': 'Gegevens tot en met {month}',
  'input.freshness.partial.rows': {
    one: 'De gegevens van {month} lijken onvolledig: {count} rij tegenover {previousCount} in {previous}. Partner Center ververst de gegevens elke 3 dagen.',
    other:
      'De gegevens van {month} lijken onvolledig: {count} rijen tegenover {previousCount} in {previous}. Partner Center ververst de gegevens elke 3 dagen.',
  },
  'input.freshness.partial.available': {
    one: 'De gegevens van {month} lijken onvolledig: {count} beschikbare seat tegenover {previousCount} in {previous}. Partner Center ververst de gegevens elke 3 dagen.',
    other:
      'De gegevens van {month} lijken onvolledig: {count} beschikbare seats tegenover {previousCount} in {previous}. Partner Center ververst de gegevens elke 3 dagen.',
  },
} satisfies CatalogPart<'input'>;
