import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as TypeScript from 'typescript';
import { CONSUMER_ROOT } from './consumer-toolchain.js';

/**
 * What an app written in strict TypeScript writes with each entry: the kit's events are typed on any
 * element (HTMLElementEventMap), whichever entry brought them.
 */
const USES_EVENTS = `
document.body.addEventListener('dyn-usage-load', (event) => {
  const rows: number = event.detail.input.rows;
  console.log(rows);
});
document.body.addEventListener('dyn-usage-error', (event) => {
  const message: string = event.detail.message;
  console.log(message);
});
`;

/** Entry → the code an app writes with it. */
export const TYPED_ENTRIES: Record<string, string> = {
  'dyn-usage-kit': `import { setWorkerUrl } from 'dyn-usage-kit';\nsetWorkerUrl('/w.js');${USES_EVENTS}`,
  // The one-script-tag bundle, imported from npm: typed as the main entry, whose exports it has.
  'dyn-usage-kit/dyn-usage-kit.js': `import { setWorkerUrl } from 'dyn-usage-kit/dyn-usage-kit.js';\nsetWorkerUrl('/w.js');${USES_EVENTS}`,
  'dyn-usage-kit/core': `import { reportFromText, setWorkerUrl } from 'dyn-usage-kit/core';
setWorkerUrl(new URL('/w.js', location.href));
console.log(reportFromText);
`,
  ...Object.fromEntries(
    ['summary', 'geo', 'sku', 'subscriptions', 'distribution', 'insights', 'source', 'report'].map(
      (entry) => [`dyn-usage-kit/${entry}`, `import 'dyn-usage-kit/${entry}';${USES_EVENTS}`],
    ),
  ),
  'dyn-usage-kit/react': `import { UsageSummary, UsageReport } from 'dyn-usage-kit/react';\nconsole.log(UsageSummary, UsageReport);${USES_EVENTS}`,
  'dyn-usage-kit/react/summary': `import { UsageSummary } from 'dyn-usage-kit/react/summary';\nconsole.log(UsageSummary);${USES_EVENTS}`,
  'dyn-usage-kit/react/insights': `import { UsageInsights } from 'dyn-usage-kit/react/insights';\nconsole.log(UsageInsights);${USES_EVENTS}`,
  // The tags in React 19's JSX (checked as a .tsx): attributes and properties typed, wrong values refused.
  'JSX in React (.tsx)': `import type {} from 'dyn-usage-kit/react';
import 'dyn-usage-kit/summary';
import 'dyn-usage-kit/geo';
export const ok = (
  <>
    <dyn-usage-summary src="/usage.csv" theme="dark" className="kpis" hideNotice />
    <dyn-usage-geo selectedCountry="NL" ref={(geo) => geo?.focus()} />
  </>
);
// @ts-expect-error -- theme is 'light' or 'dark'
export const wrongTheme = <dyn-usage-summary theme="blue" />;
// @ts-expect-error -- status is read, never set
export const setsStatus = <dyn-usage-summary status="ready" />;
`,
  // What vue-tsc checks in a .vue template: the props of GlobalComponents' entry for the tag.
  'Vue GlobalComponents (.vue templates)': `import type { GlobalComponents } from 'vue';
import type {} from 'dyn-usage-kit/vue';
type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];
export const summary: Props<'dyn-usage-summary'> = { src: '/usage.csv', theme: 'dark' };
export const sku: Props<'dyn-usage-sku'> = { mode: 'compare', sharedScale: true };
// @ts-expect-error -- theme is 'light' or 'dark'
export const wrongTheme: Props<'dyn-usage-report'> = { theme: 'blue' };
`,
  // Any other JSX framework extends its IntrinsicElements with the neutral map.
  'DynUsageKitElements (framework-neutral)': `import type { DynUsageKitElements } from 'dyn-usage-kit';
export const table: DynUsageKitElements['dyn-subscription-table'] = { top: 20, hideRevenue: true };
// @ts-expect-error -- no such property
export const unknown: DynUsageKitElements['dyn-usage-source'] = { colour: 'red' };
`,
};

/** The app's file for the snippet at `index`: a .tsx where the snippet's name says so. */
const fileName = (entry: string, index: number) => `entry-${index}.${entry.includes('.tsx') ? 'tsx' : 'ts'}`;

/**
 * Type-checks each entry's snippet as its own strict program (one program for all would let one entry's
 * global types cover for another's), with the app's TypeScript from the toolchain; without skipLibCheck,
 * one program for all entries checks every .d.ts they reach (a .d.ts's own errors do not depend on which
 * entry brought it, and lib.dom.d.ts is checked once instead of once an entry). Returns each program's
 * diagnostics, formatted; a program without any is left out.
 */
export function typeCheckEntries(dir: string, skipLibCheck: boolean): Record<string, string[]> {
  const require = createRequire(join(CONSUMER_ROOT, 'package.json'));
  const ts = require('typescript') as typeof TypeScript;
  const options: TypeScript.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    jsx: ts.JsxEmit.ReactJSX,
    // Only what the kit's types import: a devDependency they lean on must not come in by the back door.
    types: [],
  };
  const host = ts.createCompilerHost(options);
  // The apps sit inside this repository, whose node_modules (with @types/geojson and the like) would
  // answer for any package the app lacks: resolution stops at the app's own install.
  const repoPackages = join(process.cwd(), 'node_modules');
  const fenced = (path: string) => path.startsWith(repoPackages) && !path.startsWith(CONSUMER_ROOT);
  const fileExists = host.fileExists.bind(host);
  const directoryExists = host.directoryExists?.bind(host);
  host.fileExists = (path) => !fenced(path) && fileExists(path);
  host.directoryExists = (path) => !fenced(path) && (directoryExists?.(path) ?? true);
  // Parsed once for all programs: lib.dom.d.ts alone takes most of a program's time.
  const parsed = new Map<string, TypeScript.SourceFile | undefined>();
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    if (fileName.startsWith(dir)) return getSourceFile(fileName, languageVersion, ...rest);
    if (!parsed.has(fileName)) parsed.set(fileName, getSourceFile(fileName, languageVersion, ...rest));
    return parsed.get(fileName);
  };
  const failures: Record<string, string[]> = {};
  const files = Object.keys(TYPED_ENTRIES).map((entry, index) => join(dir, fileName(entry, index)));
  const programs = skipLibCheck
    ? Object.keys(TYPED_ENTRIES).map((entry, index) => [entry, [files[index]!]] as const)
    : [['every entry', files] as const];
  for (const [entry, roots] of programs) {
    const program = ts.createProgram(roots, options, host);
    const diagnostics = ts.getPreEmitDiagnostics(program);
    if (diagnostics.length > 0) {
      failures[entry] = diagnostics.map((diagnostic) => {
        const where = diagnostic.file ? `${diagnostic.file.fileName.slice(CONSUMER_ROOT.length + 1)}: ` : '';
        return where + ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
      });
    }
  }
  return failures;
}

/** The app's files: one snippet per entry, `entry-<n>.ts(x)` in TYPED_ENTRIES' order. */
export function typedEntryFiles(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(TYPED_ENTRIES).map(([entry, code], index) => [fileName(entry, index), code]),
  );
}
