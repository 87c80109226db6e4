// What the sections' charts compute with: d3's scales, line generator and array helpers. One chunk,
// loaded when a section with a chart connects, while its data loads (see chart-kit-loader.ts): d3-scale
// and d3-shape do not tree-shake (scaleLinear alone brings d3-interpolate, d3-color and d3-format, 27 kB
// minified; line 18 kB), so a page's first load does without them.
export { extent, max } from 'd3-array';
export { scaleLinear, scalePoint } from 'd3-scale';
export { line } from 'd3-shape';
