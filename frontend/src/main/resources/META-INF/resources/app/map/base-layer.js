// The base imagery named in config.js. 'natural-earth' is CesiumJS's bundled world image (offline); 'tms' and 'xyz'
// read tiles from the URL the deployment configures.

export function createBaseLayer(Cesium, baseLayer = { type: 'natural-earth' }) {
  switch (baseLayer.type) {
    case 'tms':
      return Cesium.ImageryLayer.fromProviderAsync(Cesium.TileMapServiceImageryProvider.fromUrl(baseLayer.url));
    case 'xyz':
      return new Cesium.ImageryLayer(new Cesium.UrlTemplateImageryProvider({
        url: baseLayer.url,
        credit: baseLayer.credit,
        maximumLevel: baseLayer.maximumLevel,
      }));
    case 'natural-earth':
    default:
      return Cesium.ImageryLayer.fromProviderAsync(
        Cesium.TileMapServiceImageryProvider.fromUrl(Cesium.buildModuleUrl('Assets/Textures/NaturalEarthII')));
  }
}
