import type { CatalogPart } from '../../catalog.js';

/** The input messages in it (see ../en/input.ts): column names, cells, lines and months stay as they are. */
export default {
  'input.warning.date-day-first':
    'Month: le date iniziano dal giorno ({value} alla riga {line} è {month}), come le scrive Excel in en-GB, nl, de o fr; lette così',
  'input.warning.date-order-ambiguous':
    'Month: nessuna data distingue il giorno dal mese ({value} alla riga {line}); lette con il mese per primo, come le scrive Partner Center',
  'input.warning.encoding-windows-1252':
    'Il file non è UTF-8 (la riga {line} è la prima con un byte che non lo è): letto come Windows-1252, come Excel salva «CSV» su Windows',
  'input.warning.encoding-invalid-utf8': {
    one: 'Byte non UTF-8 alla riga {lines}: letti uno per uno come caratteri Windows-1252, quindi controlla quei nomi',
    many: 'Byte non UTF-8 alle righe {lines}: letti uno per uno come caratteri Windows-1252, quindi controlla quei nomi',
    other:
      'Byte non UTF-8 alle righe {lines}: letti uno per uno come caratteri Windows-1252, quindi controlla quei nomi',
  },
  'input.warning.encoding-invalid-utf8.more':
    'Byte non UTF-8 alle righe {lines} e altre: letti uno per uno come caratteri Windows-1252, quindi controlla quei nomi',
  'input.warning.decimal-comma':
    'Il file è separato da punti e virgola, come Excel salva «CSV» in nl, de, fr…: i numeri sono stati letti con la virgola decimale (1234,56 è 1234.56), e un «.» in un numero viene rifiutato come separatore delle migliaia',
  'input.warning.rows-recovered':
    'Una virgoletta alla riga {line} ha fatto proseguire una cella sulle righe successive (una virgoletta isolata?): quella riga è stata saltata e le righe successive rilette',
  'input.warning.rows-recovered.more': {
    one: 'Una virgoletta alla riga {line} (e in {count} altra) ha fatto proseguire una cella sulle righe successive (una virgoletta isolata?): quella riga è stata saltata e le righe successive rilette',
    many: 'Una virgoletta alla riga {line} (e in altre {count}) ha fatto proseguire una cella sulle righe successive (una virgoletta isolata?): quella riga è stata saltata e le righe successive rilette',
    other:
      'Una virgoletta alla riga {line} (e in altre {count}) ha fatto proseguire una cella sulle righe successive (una virgoletta isolata?): quella riga è stata saltata e le righe successive rilette',
  },
  'input.warning.outlier-month': {
    one: 'Il mese {month} ({count} riga) dista più di un anno dal resto dei dati ({from} – {to}): controlla il Month delle sue righe',
    many: 'Il mese {month} ({count} righe) dista più di un anno dal resto dei dati ({from} – {to}): controlla il Month delle sue righe',
    other:
      'Il mese {month} ({count} righe) dista più di un anno dal resto dei dati ({from} – {to}): controlla il Month delle sue righe',
  },
  'input.warning.outlier-month.default-window': {
    one: 'Il mese {month} ({count} riga) dista più di un anno dal resto dei dati ({from} – {to}): controlla il Month delle sue righe; il periodo predefinito termina a {to}',
    many: 'Il mese {month} ({count} righe) dista più di un anno dal resto dei dati ({from} – {to}): controlla il Month delle sue righe; il periodo predefinito termina a {to}',
    other:
      'Il mese {month} ({count} righe) dista più di un anno dal resto dei dati ({from} – {to}): controlla il Month delle sue righe; il periodo predefinito termina a {to}',
  },
  'input.warning.window-clamped': {
    one: 'Il periodo {from} – {to} supera {count} mese: ridotto a {cutFrom} – {cutTo}, i mesi dei dati',
    many: 'Il periodo {from} – {to} supera {count} mesi: ridotto a {cutFrom} – {cutTo}, i mesi dei dati',
    other: 'Il periodo {from} – {to} supera {count} mesi: ridotto a {cutFrom} – {cutTo}, i mesi dei dati',
  },
  'input.skip.field-count': 'la riga ha {fields} campi, l’intestazione {width}',
  'input.skip.cell-empty': '{column} è vuoto',
  'input.skip.not-a-month': '{column} {value} non è un mese',
  'input.skip.thousands-separator': '{column} {value} ha un separatore delle migliaia',
  'input.skip.number-too-large': '{column} {value} è troppo grande (2^53 o più)',
  'input.skip.not-a-whole-number': '{column} {value} non è un numero intero non negativo',
  'input.skip.not-a-number': '{column} {value} non è un numero',
  'input.skip.stray-quote':
    'una virgoletta alla riga {line} fa proseguire una cella sulle righe successive (una virgoletta isolata?): la riga {line} viene saltata e le righe successive rilette',
  'input.skip.not-an-object': 'la riga non è un oggetto',
  'input.error.missing-columns': {
    one: 'Manca la colonna obbligatoria: {columns}',
    many: 'Mancano le colonne obbligatorie: {columns}',
    other: 'Mancano le colonne obbligatorie: {columns}',
  },
  'input.error.empty': 'Il file è vuoto',
  'input.error.workbook':
    'Questa è una cartella di lavoro Excel (.xlsx) o un altro file zip, non un’esportazione: salva il foglio come CSV (CSV UTF-8) e carica quello',
  'input.error.workbook.xls':
    'Questa è una cartella di lavoro Excel 97–2003 (.xls), non un’esportazione: salva il foglio come CSV (CSV UTF-8) e carica quello',
  'input.error.html-page':
    'Questa è una pagina web (HTML), non un’esportazione: forse al posto del file è stata servita una pagina di accesso o di errore',
  'input.error.html-page.markup':
    'Questo è markup (XML o HTML), non un’esportazione: forse al posto del file è stato servito un documento di errore',
  'input.error.json-scalar':
    'Questo è un singolo valore JSON ({value}), non un’esportazione: previsto CSV, TSV o un array JSON di righe',
  'input.error.not-text':
    'Il file contiene byte 00 in un ordine che nessun testo UTF-16 avrebbe: non è un’esportazione di testo (salvalo come CSV UTF-8)',
  'input.error.duplicate-columns.keys':
    'La colonna {column} compare due volte: chiavi {first} e {second} (riga {line})',
  'input.error.date-order-mixed.day-first':
    'Month: il file mescola ordini di data: {first} alla riga {firstLine} inizia dal giorno, {second} alla riga {secondLine} dal mese; salva di nuovo l’esportazione con un solo formato di data',
  'input.error.date-order-mixed.month-first':
    'Month: il file mescola ordini di data: {first} alla riga {firstLine} inizia dal mese, {second} alla riga {secondLine} dal giorno; salva di nuovo l’esportazione con un solo formato di data',
  'input.error.unreadable.json-syntax':
    'Il file non è un JSON valido: {detail} (riga {line}, colonna {column})',
  'input.error.unreadable.json-not-rows':
    'Il JSON non contiene righe di utilizzo: previsto un array di oggetti riga, { "value": [...] } o un documento di report',
  'input.error.unreadable.json-no-objects': 'L’array JSON non contiene oggetti riga',
  'input.error.unreadable.gzip-unsupported':
    'Il file è compresso con gzip e questo browser non può decomprimerlo (nessun DecompressionStream): decomprimilo prima',
  'input.error.unreadable.gzip-broken':
    'I dati gzip sono danneggiati ({detail}): comprimi di nuovo l’esportazione',
  'input.error.http-status': 'Impossibile caricare {url}: HTTP {status}',
  'input.error.network': 'Impossibile caricare {url}: {detail}',
  'input.error.not-a-url': 'src: {src} non è un URL',
  'input.error.source-missing': 'source "{id}" non indica alcun <dyn-usage-source> in questo documento',
  'input.error.source-missing.shadow-root':
    'source "{id}" non indica alcun <dyn-usage-source> in questa shadow root',
  'input.error.source-undefined':
    'source "{id}" indica un <dyn-usage-source> non definito (importa dyn-usage-kit/source, o il bundle)',
  'input.error.source-not-source': 'source "{id}" indica un <{tag}>, non un <dyn-usage-source>',
  'input.error.worker-failed': 'Il worker di analisi non è riuscito: {detail}',
  'input.error.worker-unreadable': 'Il worker di analisi ha inviato un risultato illeggibile',
  'input.error.worker-unavailable': 'Impossibile analizzare in un worker: {detail}',
  'input.error.code-unavailable': 'Il codice dei grafici della sezione non è stato caricato: {detail}',
  'input.error.filter-invalid': 'Filtro non valido: {detail}',
  'input.error.filter-report-document':
    'filter: un documento di report non si può filtrare; i filtri richiedono un’esportazione',
  'input.freshness.asOf': 'Dati aggiornati al {date}',
  'input.freshness.through': 'Dati fino a {month} incluso',
  'input.freshness.partial.rows': {
    one: 'I dati di {month} sembrano incompleti: {count} riga contro {previousCount} a {previous}. Partner Center aggiorna i dati ogni 3 giorni.',
    other:
      'I dati di {month} sembrano incompleti: {count} righe contro {previousCount} a {previous}. Partner Center aggiorna i dati ogni 3 giorni.',
  },
  'input.freshness.partial.available': {
    one: 'I dati di {month} sembrano incompleti: {count} postazione disponibile contro {previousCount} a {previous}. Partner Center aggiorna i dati ogni 3 giorni.',
    other:
      'I dati di {month} sembrano incompleti: {count} postazioni disponibili contro {previousCount} a {previous}. Partner Center aggiorna i dati ogni 3 giorni.',
  },
} satisfies CatalogPart<'input'>;
