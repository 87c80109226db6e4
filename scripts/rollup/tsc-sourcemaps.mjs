// rollup bundles what tsc wrote to dist/; reading tsc's maps as the modules' input maps lets the bundle's
// map lead back to src/*.ts (whose text tsc's `inlineSources` put in those maps) instead of to dist/*.js.
import { existsSync, readFileSync } from 'node:fs';

export function tscSourcemaps() {
  return {
    name: 'tsc-sourcemaps',
    load(id) {
      if (id.startsWith('\0') || !id.endsWith('.js') || id.includes('/node_modules/')) return null;
      const mapFile = `${id}.map`;
      if (!existsSync(mapFile)) return null;
      const code = readFileSync(id, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
      return { code, map: JSON.parse(readFileSync(mapFile, 'utf8')) };
    },
  };
}
