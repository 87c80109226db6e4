import type { CatalogPart } from '../../catalog.js';

/** The input messages in fr (see ../en/input.ts): column names, cells, lines and months stay as they are. */
export default {
  'input.warning.date-day-first':
    'Month : les dates commencent par le jour ({value} à la ligne {line} est {month}), comme Excel les écrit en en-GB, nl, de ou fr ; lues ainsi',
  'input.warning.date-order-ambiguous':
    'Month : aucune date ne distingue le jour du mois ({value} à la ligne {line}) ; lues avec le mois en premier, comme Partner Center les écrit',
  'input.warning.encoding-windows-1252':
    'Le fichier n’est pas en UTF-8 (la ligne {line} est la première avec un octet qui ne l’est pas) : lu en Windows-1252, comme Excel enregistre « CSV » sous Windows',
  'input.warning.encoding-invalid-utf8': {
    one: 'Octets non UTF-8 à la ligne {lines} : lus un par un comme caractères Windows-1252, vérifiez donc ces noms',
    many: 'Octets non UTF-8 aux lignes {lines} : lus un par un comme caractères Windows-1252, vérifiez donc ces noms',
    other:
      'Octets non UTF-8 aux lignes {lines} : lus un par un comme caractères Windows-1252, vérifiez donc ces noms',
  },
  'input.warning.encoding-invalid-utf8.more':
    'Octets non UTF-8 aux lignes {lines} et suivantes : lus un par un comme caractères Windows-1252, vérifiez donc ces noms',
  'input.warning.decimal-comma':
    'Le fichier est séparé par des points-virgules, comme Excel enregistre « CSV » en nl, de, fr… : les nombres ont été lus avec une virgule décimale (1234,56 vaut 1234.56), et un « . » dans un nombre est refusé comme séparateur de milliers',
  'input.warning.rows-recovered':
    'Un guillemet à la ligne {line} a fait déborder une cellule sur les lignes suivantes (un guillemet isolé ?) : cette ligne a été ignorée et les lignes suivantes relues',
  'input.warning.rows-recovered.more': {
    one: 'Un guillemet à la ligne {line} (et {count} autre) a fait déborder une cellule sur les lignes suivantes (un guillemet isolé ?) : cette ligne a été ignorée et les lignes suivantes relues',
    many: 'Un guillemet à la ligne {line} (et {count} autres) a fait déborder une cellule sur les lignes suivantes (un guillemet isolé ?) : cette ligne a été ignorée et les lignes suivantes relues',
    other:
      'Un guillemet à la ligne {line} (et {count} autres) a fait déborder une cellule sur les lignes suivantes (un guillemet isolé ?) : cette ligne a été ignorée et les lignes suivantes relues',
  },
  'input.warning.outlier-month': {
    one: 'Le mois {month} ({count} ligne) est à plus d’un an du reste des données ({from} à {to}) : vérifiez le Month de ses lignes',
    many: 'Le mois {month} ({count} lignes) est à plus d’un an du reste des données ({from} à {to}) : vérifiez le Month de ses lignes',
    other:
      'Le mois {month} ({count} lignes) est à plus d’un an du reste des données ({from} à {to}) : vérifiez le Month de ses lignes',
  },
  'input.warning.outlier-month.default-window': {
    one: 'Le mois {month} ({count} ligne) est à plus d’un an du reste des données ({from} à {to}) : vérifiez le Month de ses lignes ; la période par défaut se termine en {to}',
    many: 'Le mois {month} ({count} lignes) est à plus d’un an du reste des données ({from} à {to}) : vérifiez le Month de ses lignes ; la période par défaut se termine en {to}',
    other:
      'Le mois {month} ({count} lignes) est à plus d’un an du reste des données ({from} à {to}) : vérifiez le Month de ses lignes ; la période par défaut se termine en {to}',
  },
  'input.warning.window-clamped': {
    one: 'La période {from} à {to} dépasse {count} mois : réduite à {cutFrom} à {cutTo}, les mois des données',
    many: 'La période {from} à {to} dépasse {count} mois : réduite à {cutFrom} à {cutTo}, les mois des données',
    other:
      'La période {from} à {to} dépasse {count} mois : réduite à {cutFrom} à {cutTo}, les mois des données',
  },
  'input.skip.field-count': 'la ligne a {fields} champs, l’en-tête {width}',
  'input.skip.cell-empty': '{column} est vide',
  'input.skip.not-a-month': '{column} {value} n’est pas un mois',
  'input.skip.thousands-separator': '{column} {value} contient un séparateur de milliers',
  'input.skip.number-too-large': '{column} {value} est trop grand (2^53 ou plus)',
  'input.skip.not-a-whole-number': '{column} {value} n’est pas un nombre entier positif ou nul',
  'input.skip.not-a-number': '{column} {value} n’est pas un nombre',
  'input.skip.stray-quote':
    'un guillemet à la ligne {line} fait déborder une cellule sur les lignes suivantes (un guillemet isolé ?) : la ligne {line} est ignorée et les lignes suivantes relues',
  'input.skip.not-an-object': 'la ligne n’est pas un objet',
  'input.error.missing-columns': {
    one: 'Colonne obligatoire manquante : {columns}',
    many: 'Colonnes obligatoires manquantes : {columns}',
    other: 'Colonnes obligatoires manquantes : {columns}',
  },
  'input.error.empty': 'Le fichier est vide',
  'input.error.workbook':
    'Ceci est un classeur Excel (.xlsx) ou un autre fichier zip, pas un export : enregistrez la feuille en CSV (CSV UTF-8) et chargez-la',
  'input.error.workbook.xls':
    'Ceci est un classeur Excel 97–2003 (.xls), pas un export : enregistrez la feuille en CSV (CSV UTF-8) et chargez-la',
  'input.error.html-page':
    'Ceci est une page web (HTML), pas un export : une page de connexion ou d’erreur a peut-être été servie à la place du fichier',
  'input.error.html-page.markup':
    'Ceci est du balisage (XML ou HTML), pas un export : un document d’erreur a peut-être été servi à la place du fichier',
  'input.error.json-scalar':
    'Ceci est une seule valeur JSON ({value}), pas un export : attendu CSV, TSV ou un tableau JSON de lignes',
  'input.error.not-text':
    'Le fichier contient des octets 00 dans aucun ordre qu’aurait un texte UTF-16 : ce n’est pas un export texte (enregistrez-le en CSV UTF-8)',
  'input.error.duplicate-columns.keys':
    'La colonne {column} est donnée deux fois : clés {first} et {second} (ligne {line})',
  'input.error.date-order-mixed.day-first':
    'Month : le fichier mélange les ordres de date : {first} à la ligne {firstLine} commence par le jour, {second} à la ligne {secondLine} par le mois ; enregistrez à nouveau l’export avec un seul format de date',
  'input.error.date-order-mixed.month-first':
    'Month : le fichier mélange les ordres de date : {first} à la ligne {firstLine} commence par le mois, {second} à la ligne {secondLine} par le jour ; enregistrez à nouveau l’export avec un seul format de date',
  'input.error.unreadable.json-syntax':
    'Le fichier n’est pas un JSON valide : {detail} (ligne {line}, colonne {column})',
  'input.error.unreadable.json-not-rows':
    'Le JSON ne contient pas de lignes d’utilisation : attendu un tableau d’objets ligne, { "value": [...] } ou un document de rapport',
  'input.error.unreadable.json-no-objects': 'Le tableau JSON ne contient aucun objet ligne',
  'input.error.unreadable.gzip-unsupported':
    'Le fichier est compressé en gzip et ce navigateur ne peut pas le décompresser (pas de DecompressionStream) : décompressez-le d’abord',
  'input.error.unreadable.gzip-broken':
    'Les données gzip sont endommagées ({detail}) : compressez à nouveau l’export',
  'input.error.http-status': 'Impossible de charger {url} : HTTP {status}',
  'input.error.network': 'Impossible de charger {url} : {detail}',
  'input.error.not-a-url': 'src : {src} n’est pas une URL',
  'input.error.source-missing': 'source "{id}" ne désigne aucun <dyn-usage-source> dans ce document',
  'input.error.source-missing.shadow-root':
    'source "{id}" ne désigne aucun <dyn-usage-source> dans cette shadow root',
  'input.error.source-undefined':
    'source "{id}" désigne un <dyn-usage-source> qui n’est pas défini (importez dyn-usage-kit/source, ou le bundle)',
  'input.error.source-not-source': 'source "{id}" désigne un <{tag}>, pas un <dyn-usage-source>',
  'input.error.worker-failed': 'Le worker d’analyse a échoué : {detail}',
  'input.error.worker-unreadable': 'Le worker d’analyse a envoyé un résultat illisible',
  'input.error.worker-unavailable': 'Impossible d’analyser dans un worker : {detail}',
  'input.error.code-unavailable': 'Le code des graphiques de la section ne s’est pas chargé : {detail}',
  'input.error.filter-invalid': 'Filtre non valide : {detail}',
  'input.error.filter-report-document':
    'filter : un document de rapport ne peut pas être filtré ; les filtres demandent un export',
  'input.freshness.asOf': 'Données au {date}',
  'input.freshness.through': 'Données jusqu’à {month} inclus',
  'input.freshness.partial.rows': {
    one: 'Les données de {month} semblent incomplètes : {count} ligne contre {previousCount} en {previous}. Partner Center actualise les données tous les 3 jours.',
    other:
      'Les données de {month} semblent incomplètes : {count} lignes contre {previousCount} en {previous}. Partner Center actualise les données tous les 3 jours.',
  },
  'input.freshness.partial.available': {
    one: 'Les données de {month} semblent incomplètes : {count} siège disponible contre {previousCount} en {previous}. Partner Center actualise les données tous les 3 jours.',
    other:
      'Les données de {month} semblent incomplètes : {count} sièges disponibles contre {previousCount} en {previous}. Partner Center actualise les données tous les 3 jours.',
  },
} satisfies CatalogPart<'input'>;
