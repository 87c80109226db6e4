// `dyn-usage-kit`: every element, registered, plus the core.
export * from './bundle.js';
