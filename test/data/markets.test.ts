import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoBounds } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
  COUNTRIES,
  SMALL_TERRITORY_CENTROIDS,
  alpha2ToAlpha3,
  alpha2ToNumeric,
  marketToAlpha2,
  numericToAlpha2,
} from '../../src/data/markets.js';

type Atlas = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const require = createRequire(import.meta.url);
const readAtlas = (file: string): Atlas =>
  JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as Atlas;
const atlas110 = readAtlas('countries-110m.json');
const geometries110 = atlas110.objects.countries.geometries;
const ids110 = new Set(geometries110.map((g) => String(g.id)));
const nameOf = (g: { properties?: object }): string =>
  g.properties && 'name' in g.properties ? String(g.properties.name) : '';

describe('marketToAlpha2', () => {
  it('marketToAlpha2(Microsoft market name) returns its ISO alpha-2 code', () => {
    const cases: [string, string][] = [
      ['United States', 'US'],
      ['United Kingdom', 'GB'],
      ['Korea', 'KR'],
      ['South Korea', 'KR'],
      ['Türkiye', 'TR'],
      ['Turkey', 'TR'],
      ['Hong Kong SAR', 'HK'],
      ['Macao SAR', 'MO'],
      ['Czechia', 'CZ'],
      ['Czech Republic', 'CZ'],
      ["Côte d'Ivoire", 'CI'],
      ['Viet Nam', 'VN'],
      ['Vietnam', 'VN'],
      ['Russia', 'RU'],
      ['Curaçao', 'CW'],
      ['Réunion', 'RE'],
      ['Bosnia and Herzegovina', 'BA'],
      ['North Macedonia', 'MK'],
      ['Puerto Rico', 'PR'],
      ['Taiwan', 'TW'],
      ['Congo DRC', 'CD'],
      ['Congo (DRC)', 'CD'],
      ['Congo', 'CG'],
      ['Myanmar', 'MM'],
      ['Palestinian Authority', 'PS'],
      ['Cabo Verde', 'CV'],
      ['Eswatini', 'SZ'],
      ['Netherlands', 'NL'],
      ['UAE', 'AE'],
      ['United Arab Emirates', 'AE'],
      ['Saudi Arabia', 'SA'],
      ['Brunei', 'BN'],
      ['Laos', 'LA'],
      ['Moldova', 'MD'],
      ['Iran', 'IR'],
      ['Syria', 'SY'],
      ['Tanzania', 'TZ'],
      ['Bolivia', 'BO'],
      ['Venezuela', 'VE'],
      ['Micronesia', 'FM'],
      ['St Kitts and Nevis', 'KN'],
      ['Saint Kitts and Nevis', 'KN'],
      ['Saint Lucia', 'LC'],
      ['St Vincent and Grenadines', 'VC'],
      ['São Tomé and Príncipe', 'ST'],
      ['Sint Maarten', 'SX'],
      ['Saint Martin', 'MF'],
      ['Bonaire', 'BQ'],
      ['U.S. Virgin Islands', 'VI'],
      ['British Virgin Islands', 'VG'],
      ['U.S. Outlying Islands', 'UM'],
      ['Vatican City', 'VA'],
      ['Pitcairn Islands', 'PN'],
      ['Falkland Islands', 'FK'],
      ['Åland Islands', 'AX'],
      ['Timor-Leste', 'TL'],
      ['Germany', 'DE'],
      ['Japan', 'JP'],
      ['Australia', 'AU'],
    ];
    for (const [market, code] of cases) assert.equal(marketToAlpha2(market), code, market);
  });

  it('marketToAlpha2 ignores case, spacing, accents and punctuation', () => {
    const cases: [string, string][] = [
      ['TURKIYE', 'TR'],
      ['  türkiye ', 'TR'],
      ['Turkiye', 'TR'],
      ['Cote dIvoire', 'CI'],
      ['Cote d\u2019Ivoire', 'CI'],
      ["cote d'ivoire", 'CI'],
      ['Curacao', 'CW'],
      ['Reunion', 'RE'],
      ['Bosnia & Herzegovina', 'BA'],
      ['St. Kitts & Nevis', 'KN'],
      ['Guinea Bissau', 'GW'],
      ['united   states', 'US'],
      ['The Netherlands', 'NL'],
      ['Sao Tome and Principe', 'ST'],
      ['Hong Kong S.A.R.', 'HK'],
      // NFC and NFD spellings of the same name.
      ['T\u00fcrkiye', 'TR'],
      ['Tu\u0308rkiye', 'TR'],
    ];
    for (const [market, code] of cases) assert.equal(marketToAlpha2(market), code, market);
  });

  it('marketToAlpha2(alpha-2 or alpha-3 code) returns the alpha-2 code', () => {
    assert.equal(marketToAlpha2('NL'), 'NL');
    assert.equal(marketToAlpha2('nl'), 'NL');
    assert.equal(marketToAlpha2(' nl '), 'NL');
    assert.equal(marketToAlpha2('NLD'), 'NL');
    assert.equal(marketToAlpha2('nld'), 'NL');
    assert.equal(marketToAlpha2('USA'), 'US');
    assert.equal(marketToAlpha2('GBR'), 'GB');
    assert.equal(marketToAlpha2('UK'), 'GB');
    assert.equal(marketToAlpha2('KOR'), 'KR');
  });

  it('marketToAlpha2 returns null for values that name no ISO country, without guessing', () => {
    for (const market of ['Unknown', '', '   ', 'Atlantis', 'N/A', 'XX', 'ZZZ', 'Untied States', 'Germ']) {
      assert.equal(marketToAlpha2(market), null, JSON.stringify(market));
    }
    // Ambiguous between VG and VI; Kosovo has no ISO 3166-1 code.
    assert.equal(marketToAlpha2('Virgin Islands'), null);
    assert.equal(marketToAlpha2('Kosovo'), null);
  });

  it('every name, alias and code in the table maps back to its own row', () => {
    for (const [alpha2, alpha3, , ...names] of COUNTRIES) {
      for (const value of [alpha2, alpha3, ...names]) assert.equal(marketToAlpha2(value), alpha2, value);
    }
  });
});

describe('COUNTRIES', () => {
  it('lists the 249 ISO 3166-1 codes once each', () => {
    assert.equal(COUNTRIES.length, 249);
    assert.equal(new Set(COUNTRIES.map((row) => row[0])).size, 249);
    assert.equal(new Set(COUNTRIES.map((row) => row[1])).size, 249);
    assert.equal(new Set(COUNTRIES.map((row) => row[2])).size, 249);
    for (const [alpha2, alpha3, numeric] of COUNTRIES) {
      assert.match(alpha2, /^[A-Z]{2}$/);
      assert.match(alpha3, /^[A-Z]{3}$/);
      assert.match(numeric, /^\d{3}$/);
    }
  });
});

describe('numeric and alpha-3 codes', () => {
  it('alpha2ToNumeric returns zero-padded ISO numeric codes', () => {
    assert.equal(alpha2ToNumeric('NL'), '528');
    assert.equal(alpha2ToNumeric('AU'), '036');
    assert.equal(alpha2ToNumeric('AF'), '004');
    assert.equal(alpha2ToNumeric('us'), '840');
    assert.equal(alpha2ToNumeric('XX'), null);
    assert.equal(alpha2ToNumeric(''), null);
  });

  it('numericToAlpha2 accepts padded and unpadded codes', () => {
    assert.equal(numericToAlpha2('528'), 'NL');
    assert.equal(numericToAlpha2('036'), 'AU');
    assert.equal(numericToAlpha2('36'), 'AU');
    assert.equal(numericToAlpha2('004'), 'AF');
    assert.equal(numericToAlpha2('4'), 'AF');
    assert.equal(numericToAlpha2('999'), null);
    assert.equal(numericToAlpha2('0036'), null);
    assert.equal(numericToAlpha2('abc'), null);
    assert.equal(numericToAlpha2(''), null);
  });

  it('alpha2ToAlpha3 returns the ISO alpha-3 code', () => {
    assert.equal(alpha2ToAlpha3('NL'), 'NLD');
    assert.equal(alpha2ToAlpha3('gb'), 'GBR');
    assert.equal(alpha2ToAlpha3('XX'), null);
  });

  it('numericToAlpha2(alpha2ToNumeric(code)) round-trips for every row', () => {
    for (const [alpha2, alpha3] of COUNTRIES) {
      const numeric = alpha2ToNumeric(alpha2);
      assert.ok(numeric, alpha2);
      assert.equal(numericToAlpha2(numeric), alpha2);
      assert.equal(numericToAlpha2(String(Number(numeric))), alpha2);
      assert.equal(alpha2ToAlpha3(alpha2), alpha3);
    }
  });
});

describe('world-atlas countries-110m', () => {
  it('every feature id maps to an alpha-2 code; only features with no ISO code lack an id', () => {
    const withoutId = geometries110.filter((g) => g.id === undefined).map((g) => nameOf(g));
    assert.deepEqual(withoutId.sort(), ['Kosovo', 'N. Cyprus', 'Somaliland']);
    for (const g of geometries110) {
      if (g.id === undefined) continue;
      assert.ok(numericToAlpha2(String(g.id)), `${g.id} ${nameOf(g)}`);
    }
  });

  it("a feature's name, where the table knows it, names the same country as its id", () => {
    let matched = 0;
    for (const g of geometries110) {
      const byName = marketToAlpha2(nameOf(g));
      if (g.id === undefined || byName === null) continue;
      assert.equal(byName, numericToAlpha2(String(g.id)), nameOf(g));
      matched++;
    }
    // 177 features, less the three without ids and abbreviated names ("Dem. Rep. Congo", "Bosnia and Herz.").
    assert.ok(matched > 150, `only ${matched} names matched`);
  });
});

describe('SMALL_TERRITORY_CENTROIDS', () => {
  const entries = Object.entries(SMALL_TERRITORY_CENTROIDS);

  it('covers exactly the inhabited table rows the 110m map has no feature for', () => {
    const uninhabited = ['BV', 'GS', 'HM', 'IO', 'UM'];
    const absent = COUNTRIES.filter(([, , numeric]) => !ids110.has(numeric)).map(([alpha2]) => alpha2);
    const expected = absent.filter((code) => !uninhabited.includes(code)).sort();
    assert.deepEqual(entries.map(([code]) => code).sort(), expected);
    for (const code of ['SG', 'HK', 'MO', 'BH', 'MT', 'MU', 'RE', 'CW', 'BB', 'AD', 'LI', 'MC', 'GF']) {
      assert.ok(code in SMALL_TERRITORY_CENTROIDS, code);
    }
    for (const code of ['PR', 'LU', 'NL']) assert.ok(!(code in SMALL_TERRITORY_CENTROIDS), code);
  });

  it('gives [longitude, latitude] within range', () => {
    for (const [code, [lon, lat]] of entries) {
      assert.ok(lon >= -180 && lon <= 180, `${code} lon ${lon}`);
      assert.ok(lat >= -90 && lat <= 90, `${code} lat ${lat}`);
    }
    // Hand-checked: Singapore is just north of the equator at 103.8° E; Bermuda in the western Atlantic.
    assert.deepEqual(SMALL_TERRITORY_CENTROIDS['SG'], [103.8, 1.4]);
    assert.deepEqual(SMALL_TERRITORY_CENTROIDS['BM'], [-64.8, 32.3]);
  });

  it('places each point inside its feature on the 10m map, where that map has one', () => {
    const atlas10 = readAtlas('countries-10m.json');
    const features = feature(atlas10, atlas10.objects.countries).features;
    const pad = 0.5;
    let checked = 0;
    for (const [code, [lon, lat]] of entries) {
      const f = features.find((x) => x.id === alpha2ToNumeric(code));
      if (!f) continue;
      const [[west, south], [east, north]] = geoBounds(f);
      const inLon =
        west <= east ? lon >= west - pad && lon <= east + pad : lon >= west - pad || lon <= east + pad;
      assert.ok(inLon && lat >= south - pad && lat <= north + pad, `${code} [${lon}, ${lat}] outside bounds`);
      checked++;
    }
    assert.ok(checked >= 55, `only ${checked} checked`);
  });
});
