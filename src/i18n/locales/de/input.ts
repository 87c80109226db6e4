import type { CatalogPart } from '../../catalog.js';

/** The input messages in de (see ../en/input.ts): column names, cells, lines and months stay as they are. */
export default {
  'input.warning.date-day-first':
    'Month: Datumsangaben beginnen mit dem Tag ({value} in Zeile {line} ist {month}), wie Excel sie in en-GB, nl, de oder fr schreibt; so gelesen',
  'input.warning.date-order-ambiguous':
    'Month: Kein Datum unterscheidet Tag und Monat ({value} in Zeile {line}); mit dem Monat zuerst gelesen, wie Partner Center sie schreibt',
  'input.warning.encoding-windows-1252':
    'Die Datei ist nicht UTF-8 (Zeile {line} ist die erste mit einem Byte, das es nicht ist): als Windows-1252 gelesen, wie Excel „CSV“ unter Windows speichert',
  'input.warning.encoding-invalid-utf8': {
    one: 'Bytes, die nicht UTF-8 sind, in Zeile {lines}: einzeln als Windows-1252-Zeichen gelesen, prüfen Sie diese Namen',
    other:
      'Bytes, die nicht UTF-8 sind, in den Zeilen {lines}: einzeln als Windows-1252-Zeichen gelesen, prüfen Sie diese Namen',
  },
  'input.warning.encoding-invalid-utf8.more':
    'Bytes, die nicht UTF-8 sind, in den Zeilen {lines} und weiteren: einzeln als Windows-1252-Zeichen gelesen, prüfen Sie diese Namen',
  'input.warning.decimal-comma':
    'Die Datei ist durch Semikolons getrennt, wie Excel „CSV“ in nl, de, fr… speichert: Zahlen wurden mit Dezimalkomma gelesen (1234,56 ist 1234.56), ein „.“ in einer Zahl wird als Tausendertrennzeichen abgelehnt',
  'input.warning.rows-recovered':
    'Ein Anführungszeichen in Zeile {line} ließ eine Zelle über die folgenden Zeilen laufen (ein verirrtes Anführungszeichen?): Diese Zeile wurde übersprungen und die Zeilen danach neu gelesen',
  'input.warning.rows-recovered.more': {
    one: 'Ein Anführungszeichen in Zeile {line} (und {count} weiteren) ließ eine Zelle über die folgenden Zeilen laufen (ein verirrtes Anführungszeichen?): Diese Zeile wurde übersprungen und die Zeilen danach neu gelesen',
    other:
      'Ein Anführungszeichen in Zeile {line} (und {count} weiteren) ließ eine Zelle über die folgenden Zeilen laufen (ein verirrtes Anführungszeichen?): Diese Zeile wurde übersprungen und die Zeilen danach neu gelesen',
  },
  'input.warning.outlier-month': {
    one: 'Monat {month} ({count} Zeile) liegt mehr als ein Jahr vom Rest der Daten entfernt ({from} bis {to}): prüfen Sie den Month dieser Zeilen',
    other:
      'Monat {month} ({count} Zeilen) liegt mehr als ein Jahr vom Rest der Daten entfernt ({from} bis {to}): prüfen Sie den Month dieser Zeilen',
  },
  'input.warning.outlier-month.default-window': {
    one: 'Monat {month} ({count} Zeile) liegt mehr als ein Jahr vom Rest der Daten entfernt ({from} bis {to}): prüfen Sie den Month dieser Zeilen; der Standardzeitraum endet mit {to}',
    other:
      'Monat {month} ({count} Zeilen) liegt mehr als ein Jahr vom Rest der Daten entfernt ({from} bis {to}): prüfen Sie den Month dieser Zeilen; der Standardzeitraum endet mit {to}',
  },
  'input.warning.window-clamped': {
    one: 'Der Zeitraum {from} bis {to} ist länger als {count} Monat: gekürzt auf {cutFrom} bis {cutTo}, die Monate der Daten',
    other:
      'Der Zeitraum {from} bis {to} ist länger als {count} Monate: gekürzt auf {cutFrom} bis {cutTo}, die Monate der Daten',
  },
  'input.skip.field-count': '{fields} Felder, die Kopfzeile hat {width}',
  'input.skip.cell-empty': '{column} ist leer',
  'input.skip.not-a-month': '{column} {value} ist kein Monat',
  'input.skip.thousands-separator': '{column} {value} hat ein Tausendertrennzeichen',
  'input.skip.number-too-large': '{column} {value} ist zu groß (2^53 oder mehr)',
  'input.skip.not-a-whole-number': '{column} {value} ist keine nicht negative ganze Zahl',
  'input.skip.not-a-number': '{column} {value} ist keine Zahl',
  'input.skip.stray-quote':
    'ein Anführungszeichen in Zeile {line} lässt eine Zelle über die folgenden Zeilen laufen (ein verirrtes Anführungszeichen?): Zeile {line} wird übersprungen und die Zeilen danach neu gelesen',
  'input.skip.not-an-object': 'Zeile ist kein Objekt',
  'input.error.missing-columns': {
    one: 'Pflichtspalte fehlt: {columns}',
    other: 'Pflichtspalten fehlen: {columns}',
  },
  'input.error.empty': 'Die Datei ist leer',
  'input.error.workbook':
    'Dies ist eine Excel-Arbeitsmappe (.xlsx) oder eine andere ZIP-Datei, kein Export: Speichern Sie das Blatt als CSV (CSV UTF-8) und laden Sie diese',
  'input.error.workbook.xls':
    'Dies ist eine Excel-97–2003-Arbeitsmappe (.xls), kein Export: Speichern Sie das Blatt als CSV (CSV UTF-8) und laden Sie diese',
  'input.error.html-page':
    'Dies ist eine Webseite (HTML), kein Export: Vielleicht wurde statt der Datei eine Anmelde- oder Fehlerseite geliefert',
  'input.error.html-page.markup':
    'Dies ist Markup (XML oder HTML), kein Export: Vielleicht wurde statt der Datei ein Fehlerdokument geliefert',
  'input.error.json-scalar':
    'Dies ist ein einzelner JSON-Wert ({value}), kein Export: erwartet wurde CSV, TSV oder ein JSON-Array von Zeilen',
  'input.error.not-text':
    'Die Datei enthält 00-Bytes in keiner Anordnung, die UTF-16-Text hätte: Sie ist kein Textexport (als CSV UTF-8 speichern)',
  'input.error.duplicate-columns.keys':
    'Spalte {column} ist doppelt angegeben: Schlüssel {first} und {second} (Zeile {line})',
  'input.error.date-order-mixed.day-first':
    'Month: Die Datei mischt Datumsreihenfolgen: {first} in Zeile {firstLine} beginnt mit dem Tag, {second} in Zeile {secondLine} mit dem Monat; speichern Sie den Export erneut mit einem Datumsformat',
  'input.error.date-order-mixed.month-first':
    'Month: Die Datei mischt Datumsreihenfolgen: {first} in Zeile {firstLine} beginnt mit dem Monat, {second} in Zeile {secondLine} mit dem Tag; speichern Sie den Export erneut mit einem Datumsformat',
  'input.error.unreadable.json-syntax':
    'Die Datei ist kein gültiges JSON: {detail} (Zeile {line}, Spalte {column})',
  'input.error.unreadable.json-not-rows':
    'Das JSON enthält keine Nutzungszeilen: erwartet wurde ein Array von Zeilenobjekten, { "value": [...] } oder ein Berichtsdokument',
  'input.error.unreadable.json-no-objects': 'Das JSON-Array enthält keine Zeilenobjekte',
  'input.error.unreadable.gzip-unsupported':
    'Die Datei ist gzip-komprimiert und dieser Browser kann sie nicht entpacken (kein DecompressionStream): Entpacken Sie sie zuerst',
  'input.error.unreadable.gzip-broken':
    'Die gzip-Daten sind beschädigt ({detail}): Komprimieren Sie den Export erneut',
  'input.error.http-status': '{url} konnte nicht geladen werden: HTTP {status}',
  'input.error.network': '{url} konnte nicht geladen werden: {detail}',
  'input.error.not-a-url': 'src: {src} ist keine URL',
  'input.error.source-missing': 'source "{id}" nennt kein <dyn-usage-source> in diesem Dokument',
  'input.error.source-missing.shadow-root':
    'source "{id}" nennt kein <dyn-usage-source> in diesem Shadow Root',
  'input.error.source-undefined':
    'source "{id}" nennt ein <dyn-usage-source>, das nicht definiert ist (dyn-usage-kit/source oder das Bundle importieren)',
  'input.error.source-not-source': 'source "{id}" nennt ein <{tag}>, kein <dyn-usage-source>',
  'input.error.worker-failed': 'Der Parser-Worker ist fehlgeschlagen: {detail}',
  'input.error.worker-unreadable': 'Der Parser-Worker hat ein Ergebnis gesendet, das nicht lesbar war',
  'input.error.worker-unavailable': 'Einlesen in einem Worker nicht möglich: {detail}',
  'input.error.code-unavailable': 'Der Diagrammcode des Abschnitts wurde nicht geladen: {detail}',
  'input.error.filter-invalid': 'Ungültiger Filter: {detail}',
  'input.error.filter-report-document':
    'filter: Ein Berichtsdokument kann nicht gefiltert werden; Filter brauchen einen Export',
  'input.freshness.asOf': 'Datenstand: {date}',
  'input.freshness.through': 'Daten bis einschließlich {month}',
  'input.freshness.partial.rows': {
    one: '{month} wirkt unvollständig: {count} Zeile gegenüber {previousCount} im {previous}. Partner Center aktualisiert die Daten alle 3 Tage.',
    other:
      '{month} wirkt unvollständig: {count} Zeilen gegenüber {previousCount} im {previous}. Partner Center aktualisiert die Daten alle 3 Tage.',
  },
  'input.freshness.partial.available': {
    one: '{month} wirkt unvollständig: {count} verfügbarer Arbeitsplatz gegenüber {previousCount} im {previous}. Partner Center aktualisiert die Daten alle 3 Tage.',
    other:
      '{month} wirkt unvollständig: {count} verfügbare Arbeitsplätze gegenüber {previousCount} im {previous}. Partner Center aktualisiert die Daten alle 3 Tage.',
  },
} satisfies CatalogPart<'input'>;
