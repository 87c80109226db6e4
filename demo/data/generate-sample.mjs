#!/usr/bin/env node
// Generates a synthetic Partner Center `DynamicsUsage` export (with a joined `BilledRevenueUSD` column).
//
// Deterministic: the same arguments give byte-identical output (seeded mulberry32, no clock, no Math.random).
// Streams its output in chunks, so `--subs 200000` (≈3M rows, several hundred MB) never exists as one string.
//
//   node demo/data/generate-sample.mjs [--subs N] [--months N] [--end YYYY-MM] [--seed N]
//                                      [--out PATH|-] [--format csv|tsv]
//
// See demo/data/README.md for what the committed sample deliberately contains.

import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { dirname } from 'node:path';
import { finished } from 'node:stream/promises';

const DEFAULTS = {
  subs: 2200,
  months: 15,
  end: '2026-10',
  seed: 20261124,
  out: 'demo/data/dynamics-usage-sample.csv',
  format: 'csv',
};

const HEADER = [
  'SubscriptionId',
  'SubscriptionStartDate',
  'SubscriptionEndDate',
  'SubscriptionStatus',
  'Month',
  'RevSumDivisionName',
  'RevSumCategoryName',
  'SKU',
  'SKUId',
  'FreeVsPaidSKU',
  'SalesModel',
  'DetailedSalesModel',
  'CustomerName',
  'CustomerTenantId',
  'CustomerTpid',
  'CustomerSegment',
  'CustomerMarket',
  'MPNId',
  'PartnerName',
  'PartnerLocation',
  'PartnerAttachType',
  'AvailableSeats',
  'AssignedSeats',
  'ActiveSeats',
  'DeploymentOpportunity',
  'ActiveUsagePercent',
  'BilledRevenueUSD',
];

// ---------------------------------------------------------------------------------------------------------
// Arguments

function usage(message) {
  if (message) process.stderr.write(`generate-sample: ${message}\n`);
  process.stderr.write(
    'usage: node demo/data/generate-sample.mjs [--subs N] [--months N] [--end YYYY-MM] [--seed N]\n' +
      '                                          [--out PATH|-] [--format csv|tsv]\n',
  );
  process.exit(message ? 2 : 0);
}

function parseArgs(argv) {
  const opts = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    if (arg === '-h' || arg === '--help') usage();
    let value;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    } else {
      value = argv[++i];
    }
    if (value === undefined) usage(`${arg} needs a value`);
    switch (arg) {
      case '--subs':
      case '--months':
      case '--seed': {
        const n = Number(value);
        const min = arg === '--seed' ? 0 : 1;
        if (!Number.isInteger(n) || n < min) usage(`${arg} must be an integer ≥ ${min}`);
        opts[arg.slice(2)] = n;
        break;
      }
      case '--end':
        if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) usage('--end must be YYYY-MM');
        opts.end = value;
        break;
      case '--out':
        opts.out = value;
        break;
      case '--format':
        if (value !== 'csv' && value !== 'tsv') usage('--format must be csv or tsv');
        opts.format = value;
        break;
      default:
        usage(`unknown option ${arg}`);
    }
  }
  return opts;
}

// ---------------------------------------------------------------------------------------------------------
// Randomness

function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A small toolbox over one uniform [0, 1) source. */
function makeRandom(seed) {
  const next = mulberry32(seed);
  const r = {
    next,
    u32: () => Math.floor(next() * 4294967296) >>> 0,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    normal(mean = 0, sd = 1) {
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    weighted(items, weightOf) {
      let total = 0;
      for (const it of items) total += weightOf(it);
      let x = next() * total;
      for (const it of items) {
        x -= weightOf(it);
        if (x < 0) return it;
      }
      return items[items.length - 1];
    },
    guid() {
      const hex = (n) => n.toString(16).padStart(8, '0');
      const s = hex(r.u32()) + hex(r.u32()) + hex(r.u32()) + hex(r.u32());
      const variant = '89ab'[r.u32() & 3];
      return (
        `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-` +
        `${variant}${s.slice(17, 20)}-${s.slice(20, 32)}`
      );
    },
    shuffle(arr) {
      for (let i = arr.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = arr[i];
        arr[i] = arr[j];
        arr[j] = tmp;
      }
      return arr;
    },
  };
  return r;
}

// ---------------------------------------------------------------------------------------------------------
// Catalogue

const DIVISION = 'Dynamics';

// [SKU, RevSumCategoryName, monthly USD price per seat/unit, kind, weight, family]
// kind: "user" (per-user licence), "cheap" (many light users), "tenant" (a few tenant/capacity units)
const SKU_TABLE = [
  ['Dynamics 365 Sales Enterprise', 'Sales', 105, 'user', 10, 'crm'],
  ['Dynamics 365 Sales Professional', 'Sales', 65, 'user', 8, 'crm'],
  ['Dynamics 365 Sales Premium', 'Sales', 150, 'user', 3, 'crm'],
  ['Dynamics 365 Customer Service Enterprise', 'Service', 105, 'user', 8, 'crm'],
  ['Dynamics 365 Field Service', 'Service', 105, 'user', 4, 'crm'],
  ['Dynamics 365 Remote Assist', 'Mixed Reality', 65, 'user', 2, 'crm'],
  ['Dynamics 365 Guides', 'Mixed Reality', 65, 'user', 1.5, 'crm'],
  ['Dynamics 365 Marketing', 'Marketing', 1500, 'tenant', 3, 'crm'],
  ['Dynamics 365 Customer Insights', 'Marketing', 1700, 'tenant', 2, 'crm'],
  ['Dynamics 365 Customer Voice', 'Marketing', 200, 'tenant', 2, 'crm'],
  ['Dynamics 365 Finance', 'Finance and Operations', 210, 'user', 5, 'erp'],
  ['Dynamics 365 Supply Chain Management', 'Finance and Operations', 210, 'user', 4, 'erp'],
  ['Dynamics 365 Commerce', 'Finance and Operations', 210, 'user', 2, 'erp'],
  ['Dynamics 365 Human Resources', 'Finance and Operations', 120, 'user', 2, 'erp'],
  ['Dynamics 365 Project Operations', 'Finance and Operations', 135, 'user', 3, 'erp'],
  ['Dynamics 365 Intelligent Order Management', 'Finance and Operations', 1000, 'tenant', 1, 'erp'],
  ['Dynamics 365 Fraud Protection', 'Commerce', 1000, 'tenant', 1, 'erp'],
  ['Dynamics 365 Business Central Essentials', 'Business Central', 80, 'user', 9, 'bc'],
  ['Dynamics 365 Business Central Premium', 'Business Central', 110, 'user', 5, 'bc'],
  ['Dynamics 365 Team Members', 'Team Members', 8, 'cheap', 7, 'crm'],
];

// SKU ids do not depend on --seed: the same SKU has the same id in every generated file.
const SKUS = (() => {
  const r = makeRandom(0x5eed5ca1);
  return SKU_TABLE.map(([name, category, price, kind, weight, family]) => ({
    name,
    category,
    price,
    kind,
    weight,
    family,
    id: r.guid(),
  }));
})();

// Microsoft's English market names, with a rough share of customers.
const MARKETS = [
  ['United States', 30],
  ['United Kingdom', 7],
  ['Germany', 6],
  ['Canada', 4],
  ['France', 4],
  ['Australia', 3.5],
  ['Netherlands', 3],
  ['Japan', 3],
  ['India', 3],
  ['Brazil', 2.5],
  ['Spain', 2],
  ['Italy', 2],
  ['Sweden', 1.5],
  ['Mexico', 1.5],
  ['Switzerland', 1.2],
  ['Denmark', 1.2],
  ['Norway', 1.2],
  ['Poland', 1.2],
  ['Singapore', 1],
  ['Korea', 1],
  ['Ireland', 1],
  ['Belgium', 1],
  ['South Africa', 1],
  ['United Arab Emirates', 1],
  ['Türkiye', 0.8],
  ['Saudi Arabia', 0.8],
  ['New Zealand', 0.8],
  ['Austria', 0.8],
  ['Hong Kong SAR', 0.7],
  ['Portugal', 0.7],
  ['Finland', 0.7],
  ['Taiwan', 0.6],
  ['Israel', 0.6],
  ['Czechia', 0.5],
  ['Chile', 0.5],
  ['Colombia', 0.5],
  ['Argentina', 0.5],
  ['Malaysia', 0.5],
  ['Viet Nam', 0.4],
  ['Hungary', 0.4],
  ['Greece', 0.4],
  ['Romania', 0.4],
  ['Philippines', 0.4],
  ['Thailand', 0.4],
  ['Egypt', 0.3],
  ['Puerto Rico', 0.3],
  ['Qatar', 0.3],
  ['Peru', 0.3],
  ['Nigeria', 0.3],
  ['Kenya', 0.25],
  ['Macao SAR', 0.15],
  ["Côte d'Ivoire", 0.15],
  ['Bosnia and Herzegovina', 0.15],
  ['North Macedonia', 0.12],
  ['Curaçao', 0.1],
  ['Réunion', 0.1],
].map(([name, weight]) => ({ name, weight }));

const LEGAL_SUFFIX = {
  'United States': ['Inc.', 'LLC', 'Corp.'],
  'United Kingdom': ['Ltd', 'plc'],
  Germany: ['GmbH', 'AG'],
  Austria: ['GmbH'],
  Switzerland: ['AG', 'SA'],
  France: ['SAS', 'SA'],
  Netherlands: ['B.V.'],
  Belgium: ['NV', 'SRL'],
  Japan: ['K.K.'],
  Spain: ['S.L.', 'S.A.'],
  Italy: ['S.p.A.', 'S.r.l.'],
  Brazil: ['Ltda.'],
  Sweden: ['AB'],
  Denmark: ['A/S'],
  Norway: ['AS'],
  Finland: ['Oy'],
  Poland: ['Sp. z o.o.'],
  Czechia: ['s.r.o.'],
  Mexico: ['S.A. de C.V.'],
  Australia: ['Pty Ltd'],
  'New Zealand': ['Limited'],
  India: ['Pvt Ltd'],
  Singapore: ['Pte Ltd'],
  'Hong Kong SAR': ['Limited'],
};

const SEGMENTS = [
  { name: 'SMB', weight: 45, base: 6 },
  { name: 'Corporate', weight: 25, base: 30 },
  { name: 'Enterprise', weight: 12, base: 150 },
  { name: 'Education', weight: 10, base: 40 },
  { name: 'Government', weight: 8, base: 80 },
];

// prettier-ignore
const NAME_A = [
  'Contoso', 'Fabrikam', 'Northwind', 'Adventure Works', 'Tailspin', 'Wide World', 'Litware', 'Proseware',
  'Woodgrove', 'Alpine', 'Coho', 'Fourth', 'Lamna', 'Relecloud', 'Trey', 'VanArsdel', 'Humongous',
  'Blue Yonder', 'Southridge', 'Wingtip', 'Bellows', 'Consolidated', 'First Up', 'Lucerne', 'Datum',
  'Tailwind', 'Graphic', "Margie's", 'Nod', "Munson's", 'Liberty', 'Boreal', 'Cedar', 'Harbor', 'Summit',
  'Meridian', 'Granite', 'Silverline', 'Redwood', 'Evergreen', 'Polaris', 'Aurora', 'Cobalt', 'Falcon',
  'Juniper', 'Keystone', 'Lighthouse', 'Maple', 'Orion', 'Pinnacle',
];
// prettier-ignore
const NAME_B = [
  'Logistics', 'Manufacturing', 'Traders', 'Foods', 'Insurance', 'Energy', 'Retail', 'Pharmaceuticals',
  'Consulting', 'Engineering', 'Healthcare', 'Motors', 'Textiles', 'Systems', 'Media', 'Airlines',
  'Hospitality', 'Construction', 'Analytics', 'Outfitters', 'Labs', 'Holdings', 'Foods & Beverage', 'Medical',
  'Freight', 'Publishing', 'Robotics', 'Solar', 'Shipping', 'Bank',
];
const EDU_B = ['University', 'College', 'School District', 'Institute of Technology', 'Academy'];
const GOV_B = [
  'City Council',
  'Department of Transport',
  'Health Authority',
  'Water Board',
  'Revenue Agency',
];

// Resellers / the partner itself. Location is a market name.
const PARTNERS = [
  ['Contoso Cloud Partners', 'United States', 4],
  ['Fabrikam Dynamics Services', 'United Kingdom', 2],
  ['Northwind Digital GmbH', 'Germany', 2],
  ['Litware Solutions Inc.', 'Canada', 1.5],
  ['Proseware Consulting', 'Australia', 1.2],
  ['Woodgrove Business Apps', 'United States', 2],
  ['Lumière Conseil SAS', 'France', 1],
  ['Relecloud Asia Pacific Pte Ltd', 'Singapore', 1],
  ['Tailspin Nordics AB', 'Sweden', 0.8],
  ['VanArsdel Ibérica, S.L.', 'Spain', 0.8],
  ['Adatum "Cloud First" Partners', 'Netherlands', 0.6],
  ['Trey Research Japan K.K.', 'Japan', 0.7],
  ['Coho Tecnologia Ltda.', 'Brazil', 0.7],
  ['Alpine Systems India Pvt Ltd', 'India', 0.8],
];

const SALES_MODELS = [
  { model: 'Indirect', detailed: 'Indirect Reseller', weight: 55 },
  { model: 'Indirect', detailed: 'Indirect Provider', weight: 10 },
  { model: 'Direct', detailed: 'CSP Direct Bill', weight: 30 },
  { model: 'Direct', detailed: 'Enterprise Agreement', weight: 5 },
];
const ATTACH_TYPES = [
  { name: 'Transact', weight: 70 },
  { name: 'DPOR', weight: 18 },
  { name: 'PAL', weight: 12 },
];

// Customers that are always in the file (in this order, spread over the customer list).
// market: fixed market; big: a larger customer (so it ranks in a top-100 table).
const FIXED_CUSTOMERS = [
  // First, so its extra physical lines come before the bad rows (line numbers of skipped rows).
  { name: 'Line One\nLine Two Ltd', market: 'United Kingdom' },
  { name: '<img src=x onerror=alert(1)>', market: 'United States', big: true },
  { name: '=HYPERLINK("http://evil.example","click")', market: 'United Kingdom', big: true },
  { name: '+SUM(1,2)', market: 'Canada' },
  { name: '-2+3', market: 'Australia' },
  { name: '@cmd', market: 'United States' },
  { name: 'The "Best" Company', market: 'United States', big: true },
  { name: 'Smith, Jones & Partners', market: 'Ireland' },
  { name: "Tom & Jerry's Café", market: 'Belgium' },
  { name: '<b>bold</b>', market: 'Netherlands' },
  { name: '株式会社テスト', market: 'Japan', big: true },
  { name: 'Ωmega Δelta', market: 'Greece' },
  { name: 'Müller & Söhne GmbH', market: 'Germany' },
  { name: 'Árvíztűrő Kft.', market: 'Hungary' },
  // The kit's "unmatched markets" path: markets no map knows.
  { name: 'Nowhere Logistics', market: 'Unknown' },
  { name: 'Poseidon Deep Sea Holdings', market: 'Atlantis' },
];

// ---------------------------------------------------------------------------------------------------------
// Dates

const pad2 = (n) => (n < 10 ? `0${n}` : `${n}`);
const daysInMonth = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const isoDate = (y, m, d) => `${y}-${pad2(m)}-${pad2(d)}`;

/** Month number (y*12 + m-1) → {y, m}. */
const ym = (k) => ({ y: Math.floor(k / 12), m: (k % 12) + 1 });

function addMonths(date, months) {
  const k = date.y * 12 + (date.m - 1) + months;
  const { y, m } = ym(k);
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

function minusOneDay(date) {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d - 1));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const fmtDate = (date) => isoDate(date.y, date.m, date.d);

// ---------------------------------------------------------------------------------------------------------
// Model: customers and subscriptions

function uniqueName(used, base) {
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base} (${n})`;
  used.add(name);
  return name;
}

function customerName(r, used, segment, market) {
  const a = r.pick(NAME_A);
  let base;
  if (segment === 'Education') base = `${a} ${r.pick(EDU_B)}`;
  else if (segment === 'Government') base = `${a} ${r.pick(GOV_B)}`;
  else {
    const suffixes = LEGAL_SUFFIX[market];
    const suffix = suffixes ? r.pick(suffixes) : r.chance(0.5) ? 'Ltd' : '';
    base = `${a} ${r.pick(NAME_B)}${suffix ? ` ${suffix}` : ''}`;
  }
  return uniqueName(used, base);
}

function skuWeight(sku, segment) {
  let w = sku.weight;
  if (segment === 'SMB') {
    if (sku.family === 'bc') w *= 3;
    if (sku.family === 'erp') w *= 0.25;
    if (sku.kind === 'tenant') w *= 0.4;
  } else if (segment === 'Enterprise') {
    if (sku.family === 'bc') w *= 0.15;
    if (sku.family === 'erp') w *= 2;
  }
  return w;
}

function buildModel(opts) {
  const r = makeRandom(opts.seed);
  const W = opts.months;
  const [endY, endM] = opts.end.split('-').map(Number);
  const endK = endY * 12 + endM - 1;
  const startK = endK - W + 1;
  const months = [];
  for (let k = startK; k <= endK; k++) months.push(ym(k));
  const windowEndNext = { ...ym(endK + 1), d: 1 }; // first day after the window

  const partners = PARTNERS.map(([name, location, weight]) => ({
    name,
    location,
    weight,
    mpnId: String(r.int(4000000, 6999999)),
  }));

  const usedNames = new Set(FIXED_CUSTOMERS.map((c) => c.name));
  const usedTpids = new Set();
  const newTpid = () => {
    let t;
    do t = r.int(1000000, 99999999);
    while (usedTpids.has(t));
    usedTpids.add(t);
    return String(t);
  };

  function makeCustomer(fixed, coverMarket) {
    const segment = fixed ? (fixed.big ? SEGMENTS[2] : SEGMENTS[1]) : r.weighted(SEGMENTS, (s) => s.weight);
    const market = fixed ? fixed.market : (coverMarket ?? r.weighted(MARKETS, (m) => m.weight).name);
    // Long tail: Pareto(α = 1.3), capped.
    const pareto = Math.min(80, Math.pow(1 - r.next(), -1 / 1.3));
    const size = segment.base * (fixed?.big ? 6 + 4 * r.next() : pareto);
    const subCount = fixed
      ? fixed.big
        ? r.int(3, 5)
        : r.int(1, 3)
      : segment.name === 'Enterprise'
        ? 3 + Math.floor(12.99 * Math.pow(r.next(), 1.3))
        : 1 + Math.floor(14.99 * Math.pow(r.next(), 2.4));
    const sm = r.weighted(SALES_MODELS, (s) => s.weight);
    const partner = sm.model === 'Direct' ? partners[0] : r.weighted(partners.slice(1), (p) => p.weight);
    return {
      name: fixed ? fixed.name : customerName(r, usedNames, segment.name, market),
      tenantId: r.guid(),
      tpid: newTpid(),
      segment: segment.name,
      market,
      size,
      subCount,
      salesModel: sm,
      partner,
      fixed: Boolean(fixed),
      cover: coverMarket !== undefined,
    };
  }

  // Customers: every market gets at least one customer (first), then weighted draws, until the
  // subscriptions add up to --subs. Fixed customers are spread evenly through the list.
  const fixedCustomers = FIXED_CUSTOMERS.map((f) => makeCustomer(f));
  const fixedSubs = fixedCustomers.reduce((s, c) => s + c.subCount, 0);
  const normal = [];
  let remaining = opts.subs - fixedSubs;
  let coverIdx = 0;
  while (remaining > 0) {
    const cover = coverIdx < MARKETS.length ? MARKETS[coverIdx++].name : undefined;
    const c = makeCustomer(undefined, cover);
    c.subCount = Math.min(c.subCount, remaining);
    remaining -= c.subCount;
    normal.push(c);
  }
  const customers = [];
  const step = (normal.length + 1) / (fixedCustomers.length + 1);
  let nextFixed = 0;
  for (let i = 0; i <= normal.length; i++) {
    while (nextFixed < fixedCustomers.length && Math.round((nextFixed + 1) * step) <= i) {
      customers.push(fixedCustomers[nextFixed++]);
    }
    if (i < normal.length) customers.push(normal[i]);
  }
  while (nextFixed < fixedCustomers.length) customers.push(fixedCustomers[nextFixed++]);

  // Subscriptions, made lazily (in customer order, from the same PRNG) so a big run never holds them all.
  function* subscriptions() {
    for (const c of customers) {
      const pool = SKUS.slice();
      for (let j = 0; j < c.subCount; j++) {
        // Distinct SKUs per customer while there are any left, then repeats.
        const src = pool.length ? pool : SKUS;
        const sku = r.weighted(src, (s) => skuWeight(s, c.segment));
        if (pool.length) pool.splice(pool.indexOf(sku), 1);
        const forced = c.fixed || (c.cover && j === 0); // alive for the whole window, Active
        yield makeSubscription(r, c, sku, forced, W, startK, windowEndNext);
      }
    }
  }
  return { months, subscriptions };
}

function makeSubscription(r, customer, sku, forced, W, startK, windowEndNext) {
  const trial = !forced && sku.kind !== 'tenant' && r.chance(0.03);
  const preWindow = forced || (!trial && r.chance(0.35));
  // Start month index relative to the window (negative: before it).
  const startIdx = preWindow ? -r.int(1, 60) : r.int(0, W - 1);
  const sm = ym(startK + startIdx);
  const start = { y: sm.y, m: sm.m, d: r.int(1, daysInMonth(sm.y, sm.m)) };
  const first = Math.max(0, startIdx);
  let last = W - 1;
  let status = 'Active';
  let end;
  let suspendFrom = Infinity;

  if (trial) {
    end = minusOneDay(addMonths(start, 1));
    last = Math.min(W - 1, first + (start.d === 1 ? 0 : 1));
    if (last < W - 1) status = 'Deleted';
  } else {
    const termMonths = r.chance(0.1) ? 36 : r.chance(0.06) ? 1 : 12;
    // Current term end: the first anniversary after the window, minus one day.
    let anniversary = start;
    let n = 0;
    while (anniversary.y * 12 + anniversary.m < windowEndNext.y * 12 + windowEndNext.m) {
      n += termMonths;
      anniversary = addMonths(start, n);
    }
    end = minusOneDay(anniversary);
    if (!forced && first <= W - 2 && r.chance(0.15)) {
      status = 'Deleted';
      last = r.int(first, W - 2);
      const lm = ym(startK + last);
      const lo = last === startIdx ? start.d : 1;
      end = { y: lm.y, m: lm.m, d: r.int(lo, daysInMonth(lm.y, lm.m)) };
    } else if (!forced && first <= W - 2 && r.chance(0.03)) {
      status = 'Suspended';
      suspendFrom = r.int(first + 1, W - 1);
    }
  }

  // Seat model.
  let seats;
  if (trial) seats = 25;
  else if (sku.kind === 'tenant')
    seats = 1 + Math.floor(Math.pow(r.next(), 3) * (customer.size > 200 ? 5 : 3));
  else {
    const factor = sku.kind === 'cheap' ? 2.5 : 1;
    seats = Math.max(1, customer.size * factor * Math.exp(r.normal(0, 0.6)));
  }
  const hyper = !trial && r.chance(0.03); // active above assigned (and sometimes above available)
  const overAssigned = !trial && !hyper && r.chance(0.02);

  return {
    id: r.guid(),
    customer,
    sku,
    trial,
    preWindow,
    start: fmtDate(start),
    end: fmtDate(end),
    status,
    first,
    last,
    suspendFrom,
    seats,
    hyper,
    overAssigned,
    attach: r.weighted(ATTACH_TYPES, (a) => a.weight).name,
    seed: r.u32(),
  };
}

/** Month-by-month seat counts of one subscription, smooth with trends. */
function seatSeries(sub) {
  const r = makeRandom(sub.seed);
  const out = [];
  const tenant = sub.sku.kind === 'tenant';
  let target = sub.seats;
  let avail = sub.preWindow || sub.trial ? target : target * (0.35 + 0.5 * r.next());
  const growth = tenant ? 0 : r.normal(0.012, 0.015);
  let assignTarget = sub.hyper ? 0.93 + 0.07 * r.next() : 0.6 + 0.38 * r.next();
  if (sub.overAssigned) assignTarget = 1.01 + 0.07 * r.next();
  if (tenant) assignTarget = 1;
  if (sub.trial) assignTarget = 0.1 + 0.3 * r.next();
  const activeTarget = sub.hyper ? 1.04 + 0.1 * r.next() : 0.45 + 0.5 * r.next();
  let assignR = sub.preWindow ? assignTarget : 0.2 + 0.3 * r.next();
  let activeR = sub.preWindow ? activeTarget : 0.3 + 0.3 * r.next();

  for (let t = sub.first; t <= sub.last; t++) {
    if (t > sub.first) {
      if (tenant) {
        if (r.chance(0.04)) avail += 1;
      } else if (!sub.trial) {
        target *= 1 + growth;
        if (avail < target) avail += (target - avail) * 0.4;
        avail *= 1 + growth + r.normal(0, 0.008);
        if (r.chance(0.05)) {
          const up = r.chance(0.7);
          const jump = up ? 0.08 + 0.25 * r.next() : -(0.05 + 0.2 * r.next());
          avail *= 1 + jump;
          target *= 1 + jump;
        }
      }
      assignR += (assignTarget - assignR) * 0.35 + r.normal(0, 0.012);
      activeR += (activeTarget - activeR) * 0.35 + r.normal(0, 0.02);
    }
    const a = Math.max(0, Math.round(avail));
    assignR = Math.max(0.05, Math.min(sub.overAssigned ? 1.1 : 1, assignR));
    activeR = Math.max(0, Math.min(sub.hyper ? 1.2 : 1, activeR));
    const assigned = Math.round(a * assignR);
    let active = t >= sub.suspendFrom ? 0 : Math.round(assigned * activeR);
    if (tenant && active === 0 && assigned > 0 && t < sub.suspendFrom) active = 1;
    out.push({ t, available: a, assigned, active });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Output

function makeEscaper(format) {
  const needs = format === 'tsv' ? /[\t"\r\n]/ : /[,"\r\n]/;
  return (s) => (needs.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
}

const BAD_ROWS = [
  { kind: 'month', value: 'not-a-month', note: 'Month is not a date' },
  { kind: 'available', value: '-3', note: 'AvailableSeats is negative' },
  { kind: 'active', value: 'abc', note: 'ActiveSeats is not a number' },
  { kind: 'month', value: '2026-13-01', note: 'Month 13 does not exist' },
  { kind: 'assigned', value: 'n/a', note: 'AssignedSeats is not a number' },
];
// Positions (in the shuffled first chunk) where the bad rows go; moved forward past ineligible rows.
const BAD_POSITIONS = [41, 577, 1213, 2089, 3301];

function monthCell(r, y, m) {
  const x = r.next();
  if (x < 0.006) return `${m}/1/${y}`;
  if (x < 0.011) return `${m}/1/${y} 12:00:00 AM`;
  if (x < 0.015) return `${y}-${pad2(m)}-01T00:00:00Z`;
  return `${y}-${pad2(m)}-01`;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = process.hrtime.bigint();
  const { months, subscriptions } = buildModel(opts);
  const sep = opts.format === 'tsv' ? '\t' : ',';
  const esc = makeEscaper(opts.format);
  const EOL = '\r\n';

  const toStdout = opts.out === '-';
  let stream;
  if (toStdout) {
    stream = process.stdout;
    stream.on('error', () => {}); // reported through the pending write
  } else {
    mkdirSync(dirname(opts.out), { recursive: true });
    stream = createWriteStream(opts.out);
  }
  let bytes = 0;
  let rows = 0;
  const write = async (s) => {
    bytes += Buffer.byteLength(s, 'utf8');
    if (!stream.write(s)) await once(stream, 'drain');
  };

  await write('\uFEFF' + HEADER.map(esc).join(sep) + EOL);

  const rowRandom = makeRandom((opts.seed ^ 0x9e3779b9) >>> 0);
  const CHUNK_SUBS = 512;
  let badDone = false;

  let subCount = 0;
  const subIter = subscriptions();
  for (;;) {
    const chunk = [];
    for (let n = 0; n < CHUNK_SUBS; n++) {
      const next = subIter.next();
      if (next.done) break;
      chunk.push(next.value);
    }
    if (chunk.length === 0) break;
    subCount += chunk.length;
    const rowsOut = [];
    for (const sub of chunk) {
      const cu = sub.customer;
      // Static cells around Month, escaped once per subscription.
      const before = [sub.id, sub.start, sub.end, sub.status].map(esc).join(sep) + sep;
      const middle =
        sep +
        [
          DIVISION,
          sub.sku.category,
          sub.sku.name,
          sub.sku.id,
          sub.trial ? 'Free' : 'Paid',
          cu.salesModel.model,
          cu.salesModel.detailed,
          cu.name,
          cu.tenantId,
          cu.tpid,
          cu.segment,
          cu.market,
          cu.partner.mpnId,
          cu.partner.name,
          cu.partner.location,
          sub.attach,
        ]
          .map(esc)
          .join(sep) +
        sep;
      for (const s of seatSeries(sub)) {
        const { y, m } = months[s.t];
        const revenue = sub.trial || s.t >= sub.suspendFrom ? 0 : s.available * sub.sku.price;
        rowsOut.push({
          sub,
          before,
          middle,
          month: monthCell(rowRandom, y, m),
          available: rowRandom.chance(0.02) ? '' : String(s.available),
          assigned: String(s.assigned),
          active: String(s.active),
          revenue: revenue.toFixed(2),
        });
      }
    }
    rowRandom.shuffle(rowsOut);

    if (!badDone) {
      badDone = true;
      let from = 0;
      BAD_ROWS.forEach((bad, i) => {
        let p = Math.max(from, Math.min(BAD_POSITIONS[i], rowsOut.length - 1));
        const ok = (row) =>
          !row.sub.customer.fixed && /^\d{4}-\d\d-01$/.test(row.month) && row.available !== '';
        while (p < rowsOut.length && !ok(rowsOut[p])) p++;
        if (p >= rowsOut.length) return;
        rowsOut[p][bad.kind] = bad.value;
        rowsOut[p].bad = true;
        from = p + 1;
      });
    }

    const parts = [];
    for (const row of rowsOut) {
      const a = row.available === '' ? NaN : Number(row.available);
      const as = Number(row.assigned);
      const ac = Number(row.active);
      const dep = Number.isFinite(a) && Number.isFinite(as) ? String(a - as) : '';
      const pct =
        Number.isFinite(a) && a > 0 && Number.isFinite(ac) ? String(Math.round((10000 * ac) / a) / 100) : '';
      parts.push(
        row.before +
          esc(row.month) +
          row.middle +
          `${row.available}${sep}${row.assigned}${sep}${row.active}${sep}${dep}${sep}${pct}${sep}${row.revenue}${EOL}`,
      );
    }
    rows += rowsOut.length;
    await write(parts.join(''));
  }

  if (!toStdout) {
    stream.end();
    await finished(stream);
  }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  process.stderr.write(
    `generate-sample: ${rows} rows, ${subCount} subscriptions, ${bytes} bytes ` +
      `(${(bytes / 1048576).toFixed(1)} MiB) → ${toStdout ? 'stdout' : opts.out} in ${secs.toFixed(1)}s\n`,
  );
}

main().catch((err) => {
  if (err?.code === 'EPIPE') process.exit(0); // e.g. `--out - | head`
  process.stderr.write(`generate-sample: ${err?.stack ?? err}\n`);
  process.exit(1);
});
