// Every shipped language against English: the same keys, the same placeholders, plural forms where English
// has them, and no message left in English. English is the source of keys (src/i18n/locales/en).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { en } from '../../src/i18n/locales/en/index.js';
import { SHIPPED_LANGUAGES } from '../../src/i18n/languages.js';
import type { Message } from '../../src/i18n/message.js';

const forms = (message: Message): string[] =>
  typeof message === 'string' ? [message] : Object.values(message);
const holes = (text: string): Set<string> =>
  new Set([...text.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]!));
const union = (sets: Set<string>[]): Set<string> => new Set(sets.flatMap((set) => [...set]));
const sorted = (set: Set<string>): string[] => [...set].sort();

/**
 * Words every language keeps as they are (product names, file formats, units), and messages made only of
 * placeholders and punctuation: the same as English and still translated.
 */
const KEPT = /\b(?:Dynamics 365|SKUs?|CSV|SVG|PNG|JSON|URL|kB|MB|ID|Id)\b/g;
const sameAsEnglishIsFine = (text: string): boolean =>
  !/[A-Za-z]{2}/.test(text.replace(/\{[A-Za-z0-9_]+\}/g, '').replace(KEPT, ''));

for (const [language, load] of Object.entries(SHIPPED_LANGUAGES)) {
  describe(`${language} messages`, async () => {
    const catalog = (await load()).default as Record<string, Message | undefined>;

    it('has every key English has, and no other', () => {
      assert.deepEqual(Object.keys(catalog).sort(), Object.keys(en).sort());
    });

    it("uses English's placeholders (a plural form may leave out {count})", () => {
      for (const [key, english] of Object.entries(en) as [string, Message][]) {
        const message = catalog[key];
        if (message === undefined) continue;
        const want = union(forms(english).map(holes));
        const got = union(forms(message).map(holes));
        if (typeof english !== 'string') {
          want.delete('count');
          got.delete('count');
        }
        assert.deepEqual(sorted(got), sorted(want), `${language} ${key}`);
        assert.equal(
          typeof message === 'string',
          typeof english === 'string',
          `${language} ${key}: plural or not`,
        );
        if (typeof message !== 'string') assert.ok(message.other, `${language} ${key}: no "other" form`);
      }
    });

    it('leaves no message in English', () => {
      const untranslated = Object.entries(en).filter(([key, english]) => {
        const message = catalog[key];
        return (
          message !== undefined &&
          JSON.stringify(message) === JSON.stringify(english) &&
          !forms(english as Message).every(sameAsEnglishIsFine)
        );
      });
      assert.deepEqual(
        untranslated.map(([key]) => key),
        [],
      );
    });
  });
}
