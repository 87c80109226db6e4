// Section 3b: `<dyn-usage-geo>` on the committed sample: first render once data is ready, and zoom frames.
import { openBenchPage } from '../browser.mjs';
import { median, RUNS } from './stats.mjs';

export async function measureGeo(browser, origin) {
  const page = await openBenchPage(browser, origin);
  await page.evaluate(() => window.dynBench.buildSampleReport('/demo/dynamics-usage-sample.csv', 'sample'));
  const render = () => page.evaluate(() => window.dynBench.firstRender('dyn-usage-geo', 'sample'));
  // The first map on a fresh page also projects the world (once per page): reported on its own.
  const cold = await render();
  const warm = [];
  for (let run = 0; run < RUNS; run++) warm.push(await render());
  const zooms = [];
  for (let run = 0; run < RUNS; run++)
    zooms.push(await page.evaluate(() => window.dynBench.zoomFrames('sample')));
  await page.close();
  const pick = (key) => median(zooms.map((z) => z[key]));
  return {
    cold,
    warm: {
      toFrameMs: median(warm.map((r) => r.toFrameMs)),
      toPaintedMs: median(warm.map((r) => r.toPaintedMs)),
      drawn: warm.every((r) => r.drawn),
    },
    zoom: {
      runs: zooms.length,
      steps: zooms[0].steps,
      frames: pick('frames'),
      medianFrameMs: pick('medianFrameMs'),
      p95FrameMs: pick('p95FrameMs'),
      longestFrameMs: Math.max(...zooms.map((z) => z.longestFrameMs)),
      slowFrames: zooms.reduce((sum, z) => sum + z.slowFrames, 0),
      totalFrames: zooms.reduce((sum, z) => sum + z.frames, 0),
    },
  };
}
