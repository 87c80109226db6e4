import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { messagesDocument } from '../../scripts/message-keys.js';

describe('MESSAGES.md', () => {
  it('lists every message key English has (run `npm run docs` to update)', () => {
    assert.equal(readFileSync('MESSAGES.md', 'utf8'), messagesDocument());
  });
});
