/**
 * Stories only: `fetch('slow://<ms>/<path>')` streams `<path>` in 20 pieces `<ms>` apart with its
 * Content-Length, and `slow://hang` never finishes, so the loading state (with progress) can be shown
 * and tested without a special server. Elements are unchanged: they just fetch their `src`.
 */
export function installSlowFetch(): void {
  const realFetch = window.fetch.bind(window);
  if ((realFetch as { slow?: boolean }).slow) return;
  const slowFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('slow://')) return realFetch(input, init);
    if (url === 'slow://hang') {
      return new Response(new ReadableStream({ start() {} }));
    }
    const [, ms = '300', path = ''] = /^slow:\/\/(\d+)(\/.*)$/.exec(url) ?? [];
    const bytes = new Uint8Array(await (await realFetch(path, init)).arrayBuffer());
    const pieces = 20;
    const size = Math.ceil(bytes.length / pieces);
    let index = 0;
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((resolve) => setTimeout(resolve, Number(ms)));
        if (index >= pieces) return controller.close();
        controller.enqueue(bytes.subarray(index * size, (index + 1) * size));
        index += 1;
      },
    });
    return new Response(stream, {
      headers: { 'Content-Length': String(bytes.length), 'Content-Type': 'text/csv' },
    });
  };
  window.fetch = Object.assign(slowFetch, { slow: true });
}
