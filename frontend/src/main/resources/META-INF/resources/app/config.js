// Deployment settings of the viewer. The default runs fully offline: the base map is the small world image that
// ships with CesiumJS. To use another base map, change `baseLayer`, for example
//   { type: 'xyz', url: 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png',
//     credit: 'Kaartgegevens: Kadaster', maximumLevel: 19 }
// or { type: 'tms', url: '/tiles/luchtfoto' }. Nothing else in the viewer calls another host.
export default Object.freeze({
  baseLayer: { type: 'natural-earth' },
});
