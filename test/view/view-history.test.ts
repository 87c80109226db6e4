import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HISTORY_KEY, historyStateWith, viewInHistoryState, viewKey } from '../../src/view/view-history.js';

const VIEW = { from: '2026-01', to: '2026-03', filter: { country: ['NL', 'US'] } };

describe('the report view in history.state', () => {
  it('historyStateWith(state, view) keeps the page’s own keys and adds one namespaced key', () => {
    const state = historyStateWith({ route: '/usage', scroll: 120 }, VIEW);
    assert.deepEqual(state, {
      route: '/usage',
      scroll: 120,
      [HISTORY_KEY]: 'from=2026-01&to=2026-03&country=NL&country=US',
    });
    assert.deepEqual(viewInHistoryState(state), VIEW);
  });

  it('starts a state of its own on an entry without one', () => {
    assert.deepEqual(viewInHistoryState(historyStateWith(null, VIEW)), VIEW);
  });

  it('leaves a state that is not a plain object as it is', () => {
    assert.equal(historyStateWith('page-7', VIEW), 'page-7');
    assert.deepEqual(historyStateWith([1, 2], VIEW), [1, 2]);
    assert.equal(viewInHistoryState('page-7'), undefined);
  });

  it('finds no view in an entry the report did not write', () => {
    assert.equal(viewInHistoryState({ route: '/usage' }), undefined);
    assert.equal(viewInHistoryState(null), undefined);
    assert.equal(viewInHistoryState({ [HISTORY_KEY]: 42 }), undefined);
  });

  it('viewKey(view) is the same for the same values in another order of dimensions', () => {
    assert.equal(
      viewKey({ filter: { sku: ['A'], country: ['NL'] } }),
      viewKey({ filter: { country: ['NL'], sku: ['A'] } }),
    );
    assert.notEqual(viewKey({ filter: { country: ['NL'] } }), viewKey({ filter: { country: ['US'] } }));
  });
});
