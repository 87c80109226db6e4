// What drawing the map takes: the 1:110m atlas (33 kB min+brotli), d3-geo's projection, d3-zoom (with
// d3-selection and d3-transition) and the small territories' markers. One chunk, loaded when a geography
// section connects, while its data loads: the country grid and the rest of the page do not wait for it.
export { loadWorldAtlas, worldAtlas110m } from '../../charts/geo-atlas.js';
export { projectWorld, projectWorldInSlices, transformToFit } from '../../charts/geo-projection.js';
export { mapColors } from './geo-colors.js';
export { MapZoom } from './map-zoom.js';
