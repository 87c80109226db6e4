// Number formats shared by the RESULTS.md writers.
export const ms = (v) => (Number.isFinite(v) ? `${v < 10 ? v.toFixed(1) : v.toFixed(0)} ms` : '—');
export const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
/** A long task's length; 0 means the observer saw none (it only reports tasks over 50 ms). */
export const task = (v) => (v === 0 ? 'none over 50 ms' : ms(v));
export const rate = (v) => (Number.isFinite(v) ? v.toFixed(1) : '—');
export const ratio = (a, b) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—';
export const count = (n) => n.toLocaleString('en-US');
export const yes = (met) => (met ? '**yes**' : '**no**');
