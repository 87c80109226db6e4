// `npm run manifest` writes custom-elements.json from the element classes' JSDoc (@attr, @prop, @fires,
// @csspart, @cssprop, @slot); the README's API tables are generated from it (scripts/api-tables.mjs).
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
