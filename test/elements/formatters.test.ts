import { expect } from '@open-wc/testing';
import { usageFormatters } from '../../src/view/formatters.js';

describe('usageFormatters(locale)', () => {
  it('calls no Intl API until a formatter is used, and warm() pauses before the first', async () => {
    // The page's first Intl call loads locale data: it must not run in the task that connects an element.
    const calls: string[][] = [];
    const original = Intl.NumberFormat.supportedLocalesOf;
    Intl.NumberFormat.supportedLocalesOf = (locales, options) => {
      calls.push([locales].flat().map(String));
      return original(locales, options);
    };
    try {
      const f = usageFormatters('nl-BE'); // a locale no other test asks for, so made afresh here
      expect(calls).to.deep.equal([]);
      const pauses: number[] = [];
      const warming = f.warm(async () => void pauses.push(calls.length));
      expect(calls, 'warm() made something before its first pause').to.deep.equal([]);
      await warming;
      expect(pauses[0]).to.equal(0);
      expect(calls).to.deep.equal([['nl-BE']]);
      expect(f.locale).to.equal('nl-BE');
      expect(f.seats(12345)).to.equal('12.345');
    } finally {
      Intl.NumberFormat.supportedLocalesOf = original;
    }
  });
});
