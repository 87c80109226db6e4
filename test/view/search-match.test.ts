import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findSearchMatch } from '../../src/view/search-match.js';

function marked(text: string, query: string): string | null {
  const match = findSearchMatch(text, query);
  return match
    ? `${text.slice(0, match.start)}[${text.slice(match.start, match.end)}]${text.slice(match.end)}`
    : null;
}

describe('findSearchMatch', () => {
  it('findSearchMatch(text, query) finds the query regardless of case and accents, in the original text', () => {
    assert.equal(marked('Müller & Söhne GmbH', 'sohne'), 'Müller & [Söhne] GmbH');
    assert.equal(marked('Árvíztűrő Kft.', 'ARVIZ'), '[Árvíz]tűrő Kft.');
    assert.equal(marked("Tom & Jerry's Café", 'cafe'), "Tom & Jerry's [Café]");
  });

  it('findSearchMatch maps letters that fold to two back to one', () => {
    // "ß" folds to "ss": "strasse" covers the whole "Straße".
    assert.equal(marked('Große Straße 1', 'strasse'), 'Große [Straße] 1');
    assert.equal(marked('Große Straße 1', 'os'), 'Gr[oß]e Straße 1');
  });

  it('findSearchMatch keeps decomposed marks with their letter and collapses whitespace runs', () => {
    assert.equal(marked('Tu\u0308rkiye', 'tür'), '[Tu\u0308r]kiye');
    assert.equal(marked('Hong \t Kong', 'hong kong'), '[Hong \t Kong]');
  });

  it('findSearchMatch gives null for no match and for an empty query', () => {
    assert.equal(findSearchMatch('Alpha', 'beta'), null);
    assert.equal(findSearchMatch('Alpha', '  '), null);
  });

  it('findSearchMatch treats markup as plain text', () => {
    assert.equal(marked('<img src=x onerror=alert(1)>', 'IMG'), '<[img] src=x onerror=alert(1)>');
  });
});
