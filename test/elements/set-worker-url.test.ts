import { expect } from '@open-wc/testing';
import { parseUsageUrl } from '../../src/load/parse-usage-off-thread.js';
import { setWorkerUrl } from '../../src/core/index.js';

// setWorkerUrl(): where the parser worker is when files were moved. The test server serves the worker's
// TypeScript entry as a module, as a copied dist/dyn-usage-worker.js would be.
const HAND_EXPORT = '/test/fixtures/hand-export.csv';

function parse() {
  return parseUsageUrl(HAND_EXPORT, { signal: new AbortController().signal, onProgress: () => undefined });
}

describe('setWorkerUrl', () => {
  afterEach(() => setWorkerUrl(null));

  it('starts the worker from the URL given, resolved against the page', async () => {
    const seen: string[] = [];
    const realWorker = window.Worker;
    window.Worker = class extends realWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        seen.push(String(url));
        super(url, options);
      }
    };
    try {
      setWorkerUrl('src/dyn-usage-worker.ts');
      const result = await parse();
      expect(result.kind === 'table' && result.parsedIn).to.equal('worker');
      expect(seen).to.deep.equal([new URL('/src/dyn-usage-worker.ts', location.href).href]);
    } finally {
      window.Worker = realWorker;
    }
  });

  it('a URL where no worker is: parsed on the main thread, the reason naming that URL', async () => {
    setWorkerUrl('/moved/dyn-usage-worker.js');
    const result = await parse();
    expect(result.kind === 'table' && result.parsedIn).to.equal('main-thread');
    expect(result.kind === 'table' && result.fallbackReason).to.include(
      `${location.origin}/moved/dyn-usage-worker.js was blocked`,
    );
  });

  it('null goes back to the worker beside the kit', async () => {
    setWorkerUrl('/moved/dyn-usage-worker.js');
    setWorkerUrl(null);
    const result = await parse();
    expect(result.kind === 'table' && result.parsedIn).to.equal('worker');
  });
});
