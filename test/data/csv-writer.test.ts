import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { csvDocument, csvRecord, formulaSafeCell } from '../../src/data/csv-writer.js';

describe('csv writer', () => {
  it('formulaSafeCell(text) prefixes every formula trigger with a quote', () => {
    assert.equal(formulaSafeCell('=HYPERLINK("x")'), `'=HYPERLINK("x")`);
    assert.equal(formulaSafeCell('+SUM(1,2)'), `'+SUM(1,2)`);
    assert.equal(formulaSafeCell('-2+3'), `'-2+3`);
    assert.equal(formulaSafeCell('@cmd'), `'@cmd`);
    assert.equal(formulaSafeCell('\tx'), `'\tx`);
    assert.equal(formulaSafeCell('\rx'), `'\rx`);
    assert.equal(formulaSafeCell('Contoso'), 'Contoso');
  });

  it('formulaSafeCell(number) keeps numbers, negative ones too', () => {
    assert.equal(formulaSafeCell(-3.5), '-3.5');
    assert.equal(formulaSafeCell(null), '');
    assert.equal(formulaSafeCell(Number.NaN), '');
  });

  it('csvRecord(values) quotes commas, quotes and newlines per RFC 4180', () => {
    assert.equal(csvRecord(['a,b', 'say "hi"', 'two\nlines', 7]), '"a,b","say ""hi""","two\nlines",7');
    assert.equal(csvRecord(['=1+1,2']), `"'=1+1,2"`);
  });

  it('csvDocument(header, rows) starts with a BOM and ends lines with CRLF', () => {
    const text = csvDocument(['SKU', 'Seats'], [['Sales', 3]]);
    assert.equal(text, '\uFEFFSKU,Seats\r\nSales,3\r\n');
  });
});
