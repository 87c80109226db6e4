import type { CatalogPart } from '../../catalog.js';

/** The input messages in es (see ../en/input.ts): column names, cells, lines and months stay as they are. */
export default {
  'input.warning.date-day-first':
    'Month: las fechas empiezan por el día ({value} en la línea {line} es {month}), como las escribe Excel en en-GB, nl, de o fr; leídas así',
  'input.warning.date-order-ambiguous':
    'Month: ninguna fecha distingue el día del mes ({value} en la línea {line}); leídas con el mes primero, como las escribe Partner Center',
  'input.warning.encoding-windows-1252':
    'El archivo no es UTF-8 (la línea {line} es la primera con un byte que no lo es): leído como Windows-1252, como Excel guarda «CSV» en Windows',
  'input.warning.encoding-invalid-utf8': {
    one: 'Bytes que no son UTF-8 en la línea {lines}: leídos uno a uno como caracteres Windows-1252, así que revise esos nombres',
    many: 'Bytes que no son UTF-8 en las líneas {lines}: leídos uno a uno como caracteres Windows-1252, así que revise esos nombres',
    other:
      'Bytes que no son UTF-8 en las líneas {lines}: leídos uno a uno como caracteres Windows-1252, así que revise esos nombres',
  },
  'input.warning.encoding-invalid-utf8.more':
    'Bytes que no son UTF-8 en las líneas {lines} y más: leídos uno a uno como caracteres Windows-1252, así que revise esos nombres',
  'input.warning.decimal-comma':
    'El archivo está separado por punto y coma, como Excel guarda «CSV» en nl, de, fr…: los números se leyeron con coma decimal (1234,56 es 1234.56), y un «.» en un número se rechaza como separador de miles',
  'input.warning.rows-recovered':
    'Una comilla en la línea {line} hizo que una celda siguiera por las líneas siguientes (¿una comilla suelta?): esa línea se omitió y las filas siguientes se volvieron a leer',
  'input.warning.rows-recovered.more': {
    one: 'Una comilla en la línea {line} (y en {count} más) hizo que una celda siguiera por las líneas siguientes (¿una comilla suelta?): esa línea se omitió y las filas siguientes se volvieron a leer',
    many: 'Una comilla en la línea {line} (y en {count} más) hizo que una celda siguiera por las líneas siguientes (¿una comilla suelta?): esa línea se omitió y las filas siguientes se volvieron a leer',
    other:
      'Una comilla en la línea {line} (y en {count} más) hizo que una celda siguiera por las líneas siguientes (¿una comilla suelta?): esa línea se omitió y las filas siguientes se volvieron a leer',
  },
  'input.warning.outlier-month': {
    one: 'El mes {month} ({count} fila) está a más de un año del resto de los datos ({from} a {to}): revise el Month de sus filas',
    many: 'El mes {month} ({count} filas) está a más de un año del resto de los datos ({from} a {to}): revise el Month de sus filas',
    other:
      'El mes {month} ({count} filas) está a más de un año del resto de los datos ({from} a {to}): revise el Month de sus filas',
  },
  'input.warning.outlier-month.default-window': {
    one: 'El mes {month} ({count} fila) está a más de un año del resto de los datos ({from} a {to}): revise el Month de sus filas; el periodo predeterminado termina en {to}',
    many: 'El mes {month} ({count} filas) está a más de un año del resto de los datos ({from} a {to}): revise el Month de sus filas; el periodo predeterminado termina en {to}',
    other:
      'El mes {month} ({count} filas) está a más de un año del resto de los datos ({from} a {to}): revise el Month de sus filas; el periodo predeterminado termina en {to}',
  },
  'input.warning.window-clamped': {
    one: 'El periodo {from} a {to} supera {count} mes: recortado a {cutFrom} a {cutTo}, los meses de los datos',
    many: 'El periodo {from} a {to} supera {count} meses: recortado a {cutFrom} a {cutTo}, los meses de los datos',
    other:
      'El periodo {from} a {to} supera {count} meses: recortado a {cutFrom} a {cutTo}, los meses de los datos',
  },
  'input.skip.field-count': 'la fila tiene {fields} campos, el encabezado {width}',
  'input.skip.cell-empty': '{column} está vacío',
  'input.skip.not-a-month': '{column} {value} no es un mes',
  'input.skip.thousands-separator': '{column} {value} tiene un separador de miles',
  'input.skip.number-too-large': '{column} {value} es demasiado grande (2^53 o más)',
  'input.skip.not-a-whole-number': '{column} {value} no es un número entero no negativo',
  'input.skip.not-a-number': '{column} {value} no es un número',
  'input.skip.stray-quote':
    'una comilla en la línea {line} hace que una celda siga por las líneas siguientes (¿una comilla suelta?): la línea {line} se omite y las líneas siguientes se vuelven a leer',
  'input.skip.not-an-object': 'la fila no es un objeto',
  'input.error.missing-columns': {
    one: 'Falta la columna obligatoria: {columns}',
    many: 'Faltan las columnas obligatorias: {columns}',
    other: 'Faltan las columnas obligatorias: {columns}',
  },
  'input.error.empty': 'El archivo está vacío',
  'input.error.workbook':
    'Esto es un libro de Excel (.xlsx) u otro archivo zip, no una exportación: guarde la hoja como CSV (CSV UTF-8) y cárguela',
  'input.error.workbook.xls':
    'Esto es un libro de Excel 97–2003 (.xls), no una exportación: guarde la hoja como CSV (CSV UTF-8) y cárguela',
  'input.error.html-page':
    'Esto es una página web (HTML), no una exportación: quizá se sirvió una página de inicio de sesión o de error en lugar del archivo',
  'input.error.html-page.markup':
    'Esto es marcado (XML o HTML), no una exportación: quizá se sirvió un documento de error en lugar del archivo',
  'input.error.json-scalar':
    'Esto es un único valor JSON ({value}), no una exportación: se esperaba CSV, TSV o una matriz JSON de filas',
  'input.error.not-text':
    'El archivo contiene bytes 00 en un orden que ningún texto UTF-16 tendría: no es una exportación de texto (guárdelo como CSV UTF-8)',
  'input.error.duplicate-columns.keys':
    'La columna {column} aparece dos veces: claves {first} y {second} (línea {line})',
  'input.error.date-order-mixed.day-first':
    'Month: el archivo mezcla órdenes de fecha: {first} en la línea {firstLine} empieza por el día, {second} en la línea {secondLine} por el mes; guarde de nuevo la exportación con un solo formato de fecha',
  'input.error.date-order-mixed.month-first':
    'Month: el archivo mezcla órdenes de fecha: {first} en la línea {firstLine} empieza por el mes, {second} en la línea {secondLine} por el día; guarde de nuevo la exportación con un solo formato de fecha',
  'input.error.unreadable.json-syntax':
    'El archivo no es un JSON válido: {detail} (línea {line}, columna {column})',
  'input.error.unreadable.json-not-rows':
    'El JSON no contiene filas de uso: se esperaba una matriz de objetos de fila, { "value": [...] } o un documento de informe',
  'input.error.unreadable.json-no-objects': 'La matriz JSON no contiene objetos de fila',
  'input.error.unreadable.gzip-unsupported':
    'El archivo está comprimido con gzip y este navegador no puede descomprimirlo (no hay DecompressionStream): descomprímalo primero',
  'input.error.unreadable.gzip-broken':
    'Los datos gzip están dañados ({detail}): vuelva a comprimir la exportación',
  'input.error.http-status': 'No se pudo cargar {url}: HTTP {status}',
  'input.error.network': 'No se pudo cargar {url}: {detail}',
  'input.error.not-a-url': 'src: {src} no es una URL',
  'input.error.source-missing': 'source "{id}" no nombra ningún <dyn-usage-source> en este documento',
  'input.error.source-missing.shadow-root':
    'source "{id}" no nombra ningún <dyn-usage-source> en esta shadow root',
  'input.error.source-undefined':
    'source "{id}" nombra un <dyn-usage-source> que no está definido (importe dyn-usage-kit/source, o el paquete)',
  'input.error.source-not-source': 'source "{id}" nombra un <{tag}>, no un <dyn-usage-source>',
  'input.error.worker-failed': 'El worker de análisis falló: {detail}',
  'input.error.worker-unreadable': 'El worker de análisis envió un resultado que no se pudo leer',
  'input.error.worker-unavailable': 'No se pudo analizar en un worker: {detail}',
  'input.error.code-unavailable': 'No se pudo cargar el código de los gráficos de la sección: {detail}',
  'input.error.filter-invalid': 'Filtro no válido: {detail}',
  'input.error.filter-report-document':
    'filter: un documento de informe no se puede filtrar; los filtros necesitan una exportación',
  'input.freshness.asOf': 'Datos a fecha de {date}',
  'input.freshness.through': 'Datos hasta {month}',
  'input.freshness.partial.rows': {
    one: 'Los datos de {month} parecen incompletos: {count} fila frente a {previousCount} en {previous}. Partner Center actualiza los datos cada 3 días.',
    other:
      'Los datos de {month} parecen incompletos: {count} filas frente a {previousCount} en {previous}. Partner Center actualiza los datos cada 3 días.',
  },
  'input.freshness.partial.available': {
    one: 'Los datos de {month} parecen incompletos: {count} puesto disponible frente a {previousCount} en {previous}. Partner Center actualiza los datos cada 3 días.',
    other:
      'Los datos de {month} parecen incompletos: {count} puestos disponibles frente a {previousCount} en {previous}. Partner Center actualiza los datos cada 3 días.',
  },
} satisfies CatalogPart<'input'>;
