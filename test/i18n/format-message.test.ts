import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatMessage } from '../../src/i18n/format-message.js';

describe('formatMessage', () => {
  it('fills placeholders: text as it is, numbers formatted for the locale', () => {
    assert.equal(
      formatMessage('Line {line}: {reason}', { line: '1204', reason: 'SKU is empty' }, 'en'),
      'Line 1204: SKU is empty',
    );
    assert.equal(formatMessage('{n} seats', { n: 12345 }, 'en'), '12,345 seats');
    assert.equal(formatMessage('{n} seats', { n: 12345 }, 'de'), '12.345 seats');
    assert.equal(formatMessage('{n} seats', { n: 1.25 }, 'nl'), '1,3 seats');
  });

  it('leaves a placeholder without a value visible, and text without values alone', () => {
    assert.equal(formatMessage('{a} and {b}', { a: 'x' }, 'en'), 'x and {b}');
    assert.equal(formatMessage('No {braces} here', undefined, 'en'), 'No {braces} here');
  });

  it('picks the plural form for count by the language (English one/other)', () => {
    const forms = { one: '{count} row skipped', other: '{count} rows skipped' };
    assert.equal(formatMessage(forms, { count: 1 }, 'en'), '1 row skipped');
    assert.equal(formatMessage(forms, { count: 0 }, 'en'), '0 rows skipped');
    assert.equal(formatMessage(forms, { count: 1500 }, 'en'), '1,500 rows skipped');
  });

  it('picks Arabic zero, one, two, few, many and other as CLDR defines them', () => {
    const forms = { zero: 'Z', one: 'O', two: 'T', few: 'F{count}', many: 'M{count}', other: 'X{count}' };
    // CLDR Arabic: 0 zero; 1 one; 2 two; n % 100 in 3..10 few; n % 100 in 11..99 many; else other.
    assert.equal(formatMessage(forms, { count: 0 }, 'ar'), 'Z');
    assert.equal(formatMessage(forms, { count: 1 }, 'ar'), 'O');
    assert.equal(formatMessage(forms, { count: 2 }, 'ar'), 'T');
    assert.equal(formatMessage(forms, { count: 3 }, 'ar-u-nu-latn'), 'F3');
    assert.equal(formatMessage(forms, { count: 11 }, 'ar-u-nu-latn'), 'M11');
    assert.equal(formatMessage(forms, { count: 100 }, 'ar-u-nu-latn'), 'X100');
  });

  it('falls back to other when a language lacks the category, and to English for an invalid locale', () => {
    assert.equal(formatMessage({ other: '{count} Zeilen' }, { count: 1 }, 'de'), '1 Zeilen');
    assert.equal(formatMessage({ one: 'one', other: 'many' }, { count: 1 }, 'not a locale!'), 'one');
  });
});
