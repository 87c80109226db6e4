import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { foldSearchText, matchesSearch } from '../../src/view/search-text.js';

describe('foldSearchText', () => {
  it('foldSearchText(text) drops accents and case', () => {
    assert.equal(foldSearchText('Türkiye'), 'turkiye');
    assert.equal(foldSearchText('Réunion'), 'reunion');
    assert.equal(foldSearchText('Curaçao'), 'curacao');
    assert.equal(foldSearchText("CÔTE D'IVOIRE"), "cote d'ivoire");
    assert.equal(foldSearchText('São Tomé and Príncipe'), 'sao tome and principe');
  });

  it('foldSearchText(text) maps letters without a decomposition', () => {
    assert.equal(foldSearchText('Straße'), 'strasse');
    assert.equal(foldSearchText('Færøerne'), 'faeroerne');
    assert.equal(foldSearchText('Łódź'), 'lodz');
    assert.equal(foldSearchText('Đà Nẵng'), 'da nang');
    assert.equal(foldSearchText('Iğdır'), 'igdir');
  });

  it('foldSearchText(text) collapses and trims whitespace', () => {
    assert.equal(foldSearchText('  Hong \t Kong  SAR '), 'hong kong sar');
    assert.equal(foldSearchText(''), '');
  });

  it('foldSearchText folds a precomposed and a decomposed letter alike', () => {
    assert.equal(foldSearchText('T\u00fcrkiye'), foldSearchText('Tu\u0308rkiye'));
  });
});

describe('matchesSearch', () => {
  const turkey = ['Türkiye', 'Turkey', 'TR'];

  it('matchesSearch(haystack, query) finds a query in any of the texts', () => {
    assert.equal(matchesSearch(turkey, 'turkiye'), true);
    assert.equal(matchesSearch(turkey, 'TURKEY'), true);
    assert.equal(matchesSearch(turkey, 'tr'), true);
    assert.equal(matchesSearch(['Hongkong SAR van China', 'Hong Kong SAR', 'HK'], 'hong kong'), true);
    assert.equal(matchesSearch(['Tsjechië', 'Czechia', 'CZ'], 'cz'), true);
  });

  it('matchesSearch(haystack, query) is false when no text contains the query', () => {
    assert.equal(matchesSearch(turkey, 'korea'), false);
    assert.equal(matchesSearch([], 'x'), false);
  });

  it('matchesSearch(haystack, "") and a blank query match everything', () => {
    assert.equal(matchesSearch(turkey, ''), true);
    assert.equal(matchesSearch(turkey, '   '), true);
    assert.equal(matchesSearch([], ''), true);
  });
});
