// A small data provider server for the tests: the routes a partner's server would have, over a report the
// kit computes from a repo file. web-test-runner.config.mjs mounts them under /__rows/; the Node tests and
// the screenshots start them with startRowsServer. Test-only: not part of the kit.
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { readUsageTable } from '../../src/table/read-usage-table.js';
import { cubeFromTable } from '../../src/core/cube-from-table.js';
import { computeReport } from '../../src/core/compute-report.js';
import { pageHref, reportParts } from '../../src/core/report-parts.js';
import type { CustomerPageRequest, CustomerPageSortKey } from '../../src/core/customer-page.js';
import type { UsageReport } from '../../src/core/report.js';
import { answerCustomerPage } from '../../src/view/customer-page-answer.js';

export interface RowsResponse {
  status: number;
  type: string;
  body: string;
  /** Milliseconds to wait before answering. */
  delay: number;
}

const reports = new Map<string, Promise<UsageReport>>();
const counts = new Map<string, number>();

/** The report of a repo file (test/fixtures/…), computed once. */
function reportOf(file: string): Promise<UsageReport> {
  let report = reports.get(file);
  if (!report) {
    report = readUsageTable(createReadStream(file)).then((result) => {
      if (result.kind !== 'table') throw new Error(`${file} is not an export`);
      return computeReport(cubeFromTable(result.table), result.stats, { top: 10, from: '2026-01' });
    });
    reports.set(file, report);
  }
  return report;
}

const json = (value: unknown, delay = 0): RowsResponse => ({
  status: 200,
  type: 'application/json',
  body: JSON.stringify(value),
  delay,
});

/**
 * Routes, `<file>` a repo path (`test/fixtures/revenue-small.csv`), the report computed with top 10 from 2026-01:
 *   /api/<file>?offset&limit&q&sort&direction&locale  answerCustomerPage (slow=<query>&ms=<n>: that query
 *                                                       answers n ms late, for a stale-query race)
 *   /fail-first/<key>/api/<file>?…                      500 to the first request for <key>, then the answer
 *   /status/<code>                                      that status, always
 *   /invalid                                            200 with JSON that is no page
 *   /parts/<size>/<file>/report.json                    the parts document `dyn-usage report --parts` writes
 *   /parts/<size>/<file>/customers/page-<n>.json        its page files
 *   /count/<key>                                        requests made to /fail-first/<key>
 * `null` for any other path.
 */
export async function rowsRoute(path: string, query: URLSearchParams): Promise<RowsResponse | null> {
  const failFirst = path.match(/^\/fail-first\/([^/]+)(\/api\/.+)$/);
  if (failFirst) {
    const made = (counts.get(failFirst[1]!) ?? 0) + 1;
    counts.set(failFirst[1]!, made);
    if (made === 1) return { status: 500, type: 'text/plain', body: 'Internal Server Error', delay: 0 };
    return rowsRoute(failFirst[2]!, query);
  }
  const count = path.match(/^\/count\/([^/]+)$/);
  if (count) return json(counts.get(count[1]!) ?? 0);
  const status = path.match(/^\/status\/(\d{3})$/);
  if (status) return { status: Number(status[1]), type: 'text/plain', body: 'no', delay: 0 };
  if (path === '/invalid') return json({ customers: [] });
  const api = path.match(/^\/api\/(.+)$/);
  if (api) {
    const request: CustomerPageRequest = {
      offset: Number(query.get('offset') ?? 0),
      limit: Number(query.get('limit') ?? 25),
      query: query.get('q') ?? '',
      sort: (query.get('sort') ?? 'rank') as CustomerPageSortKey,
      direction: query.get('direction') === 'descending' ? 'descending' : 'ascending',
      locale: query.get('locale') ?? 'en',
    };
    const slow = query.get('slow') !== null && query.get('slow') === request.query;
    return json(answerCustomerPage(await reportOf(api[1]!), request), slow ? Number(query.get('ms')) : 0);
  }
  const parts = path.match(/^\/parts\/(\d+)\/(.+?)\/(report\.json|customers\/page-(\d+)\.json)$/);
  if (parts) {
    const { head, pages } = reportParts(await reportOf(parts[2]!), Number(parts[1]));
    if (parts[3] === 'report.json') return json(head);
    const wanted = pageHref(head.subscriptions.pages!.href, Number(parts[4]));
    const page = [...pages].find((_, i) => pageHref(head.subscriptions.pages!.href, i + 1) === wanted);
    return page ? json(page) : { status: 404, type: 'text/plain', body: 'Not Found', delay: 0 };
  }
  return null;
}

/** The routes on their own HTTP server (port 0: any free port), with CORS open for a page elsewhere. */
export async function startRowsServer(port = 0): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    void rowsRoute(url.pathname, url.searchParams).then(async (answer) => {
      const { status, type, body, delay } = answer ?? {
        status: 404,
        type: 'text/plain',
        body: 'Not Found',
        delay: 0,
      };
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      response.writeHead(status, { 'Content-Type': type, 'Access-Control-Allow-Origin': '*' });
      response.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { url: `http://127.0.0.1:${actual}`, close };
}
