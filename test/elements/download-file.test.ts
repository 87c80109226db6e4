import { expect } from '@open-wc/testing';
import { downloadName, fileSlug } from '../../src/elements/shared/download-file.js';

/** UTF-8 bytes of a name: what a file system counts. */
const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('fileSlug', () => {
  it('keeps English titles as before: lower case, words joined by -', () => {
    expect(fileSlug('Dynamics usage by SKU')).to.equal('dynamics-usage-by-sku');
    expect(fileSlug('  Subscriptions performance!  ')).to.equal('subscriptions-performance');
  });

  it('keeps letters of any script, so a Japanese or Arabic title does not become "chart"', () => {
    expect(fileSlug('SKU 別の Dynamics 使用状況')).to.equal('sku-別の-dynamics-使用状況');
    expect(fileSlug('サブスクリプションのパフォーマンス')).to.equal('サブスクリプションのパフォーマンス');
    expect(fileSlug('أداء الاشتراكات')).to.equal('أداء-الاشتراكات');
    expect(fileSlug('ביצועי מינויים')).to.equal('ביצועי-מינויים');
    expect(fileSlug('구독 성과')).to.equal('구독-성과');
  });

  it('keeps the marks that belong to a letter outside Latin, and folds Latin accents', () => {
    // デ is テ + U+3099 decomposed; a slug without the mark would read "テータ".
    expect(fileSlug('データ')).to.equal('データ');
    expect(fileSlug('データ'.normalize('NFD'))).to.equal('データ');
    // Devanagari vowel signs are marks: हिन्दी keeps all six code points.
    expect(fileSlug('हिन्दी')).to.equal('हिन्दी');
    expect(fileSlug('Müller & Söhne Straße')).to.equal('muller-sohne-strasse');
    // Full-width Latin and digits become plain ones (NFKC).
    expect(fileSlug('ＳＫＵ１２')).to.equal('sku12');
  });

  it('drops bidi and other format characters, and turns controls and path characters into -', () => {
    // U+202E (right-to-left override) would display "…fdp.exe" as "…exe.pdf"; U+200F is a bidi mark.
    expect(fileSlug('invoice\u202Efdp.exe')).to.equal('invoicefdp-exe');
    expect(fileSlug('\u200Fشهر\u200F')).to.equal('شهر');
    expect(fileSlug('a\u0000b\tc\nd')).to.equal('a-b-c-d');
    expect(fileSlug('../../etc/passwd')).to.equal('etc-passwd');
    expect(fileSlug('C:\\dir\\x')).to.equal('c-dir-x');
  });

  it('falls back to "chart" only without any letter or digit', () => {
    expect(fileSlug('!!! — ???')).to.equal('chart');
    expect(fileSlug('\u202E\u200F')).to.equal('chart');
    expect(fileSlug('\u0301')).to.equal('chart');
  });
});

describe('downloadName', () => {
  it('names the window, filters in their own script, and the search with the reader’s word for it', () => {
    expect(
      downloadName(
        'استخدام-dynamics-الاشتراكات',
        ['2026-01', '2026-03'],
        { sku: ['Dynamics 365 営業'], country: ['NL'] },
        ' コント ',
        { searchWord: 'بحث' },
      ),
    ).to.equal('استخدام-dynamics-الاشتراكات-2026-01_2026-03-dynamics-365-営業-NL-بحث-コント');
    // No word given: English "search"; a search of punctuation only still says that one was on.
    expect(downloadName('x', ['2026-01', '2026-01'], {}, '?!')).to.equal('x-2026-01_2026-01-search');
  });

  it('cuts a long name by characters and by UTF-8 bytes, never inside a character', () => {
    // Nine 7-character Japanese SKUs: 21 bytes each with the "-" and number; 120 characters would be
    // over 300 bytes, so the 200-byte limit cuts first.
    const name = downloadName('x', ['2026-01', '2026-03'], {
      sku: Array.from({ length: 9 }, (_, i) => `日本語の製品名 ${i}`),
    });
    expect(name.endsWith('-etc')).to.equal(true);
    expect(bytes(name)).to.be.at.most(200 + '-etc'.length);
    expect(name).to.not.match(/\uFFFD/);
    expect(name.startsWith('x-2026-01_2026-03-日本語の製品名-0-日本語の製品名-1-')).to.equal(true);
  });
});
