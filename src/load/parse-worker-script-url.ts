/**
 * The name of the Trusted Types policy the kit creates to start its parser worker. A page whose CSP has a
 * `trusted-types` directive must list it (beside lit's `lit-html`), or the kit parses on the main thread.
 */
export const TRUSTED_TYPES_POLICY_NAME = 'dyn-usage-kit';

/** The part of the Trusted Types API used here (TypeScript's DOM library does not declare it). */
interface ScriptUrlPolicyFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}
interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}

export interface WorkerScript {
  /** The script's URL: the module's own, or a `blob:` URL. */
  url: string;
  /**
   * What to give `new Worker()`: a TrustedScriptURL where Trusted Types exist (required under
   * `require-trusted-types-for 'script'`), else `url`. Typed as a string, as TypeScript's `Worker` takes.
   */
  forWorker: string;
  /** Frees a `blob:` URL once the worker has loaded it. */
  revoke(): void;
  /** Why the kit's Trusted Types policy could not be made, if it could not (the URL is then a plain string). */
  policyRefused: string | null;
}

/** Blob URLs this module made, and the worker module itself: all the policy will ever vouch for. */
const vouchedFor = new Set<string>();
let policy: ScriptUrlPolicy | null | undefined;
let policyRefused: string | null = null;

/**
 * A script URL that starts `moduleUrl` as a module worker. Same-origin: the URL itself (allowed by
 * `worker-src 'self'`). Cross-origin (the bundle on a CDN): `new Worker()` refuses it, so a `blob:` module
 * of the page's origin imports it. A module worker's imports are checked against `worker-src` too, so
 * that needs `worker-src blob: <the kit's origin>` (checked in Chromium).
 */
export function workerScriptUrl(moduleUrl: URL, pageOrigin = location.origin): WorkerScript {
  let url = moduleUrl.href;
  let revoke = () => {};
  if (moduleUrl.origin !== pageOrigin) {
    const code = `import ${JSON.stringify(moduleUrl.href)};`;
    url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    revoke = () => {
      URL.revokeObjectURL(url);
      vouchedFor.delete(url);
    };
  }
  vouchedFor.add(url);
  const trusted = scriptUrlPolicy()?.createScriptURL(url);
  return { url, forWorker: (trusted ?? url) as string, revoke, policyRefused };
}

function scriptUrlPolicy(): ScriptUrlPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: ScriptUrlPolicyFactory }).trustedTypes;
  // Made once, and a refusal remembered: a second policy of the same name is refused unless the page
  // allows duplicates, and every refusal files another CSP violation report.
  try {
    policy =
      factory?.createPolicy(TRUSTED_TYPES_POLICY_NAME, {
        createScriptURL(url) {
          if (vouchedFor.has(url)) return url;
          throw new TypeError(`${TRUSTED_TYPES_POLICY_NAME} only vouches for its own parser worker`);
        },
      }) ?? null;
  } catch (error) {
    policy = null;
    policyRefused = error instanceof Error ? error.message : String(error);
  }
  return policy;
}
