import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolveLanguage, SHIPPED_LANGUAGES, textDirection } from '../../src/i18n/languages.js';

const shipped = ['en', ...Object.keys(SHIPPED_LANGUAGES)];

describe('resolveLanguage', () => {
  it('takes the whole tag, then the language: nl-BE → nl, de-AT → de, en-GB → en', () => {
    assert.equal(resolveLanguage('nl-BE', shipped), 'nl');
    assert.equal(resolveLanguage('de-AT', shipped), 'de');
    assert.equal(resolveLanguage('en-GB', shipped), 'en');
    assert.equal(resolveLanguage('ar-EG', shipped), 'ar');
  });

  it("gives a language's usual written form: pt and pt-PT → pt-BR, zh and zh-Hant-TW → zh-CN", () => {
    assert.equal(resolveLanguage('pt', shipped), 'pt-BR');
    assert.equal(resolveLanguage('pt-PT', shipped), 'pt-BR');
    assert.equal(resolveLanguage('zh', shipped), 'zh-CN');
    assert.equal(resolveLanguage('zh-Hans-CN', shipped), 'zh-CN');
    assert.equal(resolveLanguage('zh-Hant-TW', shipped), 'zh-CN');
  });

  it('prefers a registered region over its language, and a region without the script', () => {
    assert.equal(resolveLanguage('nl-BE', [...shipped, 'nl-BE']), 'nl-BE');
    assert.equal(resolveLanguage('zh-Hant-TW', [...shipped, 'zh-TW']), 'zh-TW');
  });

  it('compares case-insensitively, reads underscores, and falls back to English', () => {
    assert.equal(resolveLanguage('PT-br', shipped), 'pt-BR');
    assert.equal(resolveLanguage('nl_NL', shipped), 'nl');
    assert.equal(resolveLanguage('sv-SE', shipped), 'en');
    assert.equal(resolveLanguage('', shipped), 'en');
    assert.equal(resolveLanguage('not a tag', shipped), 'en');
  });

  it('finds a registered private-use tag as it is', () => {
    assert.equal(resolveLanguage('en-x-pseudo', [...shipped, 'en-x-pseudo']), 'en-x-pseudo');
    assert.equal(resolveLanguage('en-x-pseudo', shipped), 'en');
  });

  it('ignores extensions: ar-u-nu-latn → ar', () => {
    assert.equal(resolveLanguage('ar-u-nu-latn', shipped), 'ar');
  });
});

describe('textDirection', () => {
  it('is rtl for Arabic and Hebrew in any region, ltr otherwise', () => {
    assert.equal(textDirection('ar'), 'rtl');
    assert.equal(textDirection('he-IL'), 'rtl');
    assert.equal(textDirection('fa'), 'rtl');
    assert.equal(textDirection('en'), 'ltr');
    assert.equal(textDirection('ja'), 'ltr');
  });
});
