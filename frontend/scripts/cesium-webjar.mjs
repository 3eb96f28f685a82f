// Copies the parts of CesiumJS's prebuilt script build that the viewer runs into the jar's WebJar folder, so Spring
// serves them at /webjars/cesium/<version>/. Everything else in the npm package (sources, unminified build, sky box,
// imagery-picker icons, ~130 MB) stays out of the jar. Run by the Maven build after `npm ci`.
import { cpSync, existsSync, readFileSync, rmSync, statSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const frontend = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cesium = join(frontend, 'node_modules', 'cesium');
const build = join(cesium, 'Build', 'Cesium');

/**
 * What runs offline: the script build, its stylesheet, the base imagery and the terrain bounds. Cesium.js starts its
 * web workers from code it carries (blob: URLs), so Workers/ is not needed; checked with Tomcat's access log.
 */
const KEEP = [
  'Cesium.js',
  'Widgets/widgets.css',            // self-contained: its images are inlined as data URLs
  'Assets/approximateTerrainHeights.json', // without it, entities never appear
  'Assets/Textures/NaturalEarthII', // the offline base imagery
  'Assets/IAU2006_XYS',             // Earth orientation (ICRF frame), fetched by date even with sun and moon hidden
  'Assets/Images/ion-credit.png',   // the credit display always shows CesiumJS's logo
];

function sizeOf(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

if (!existsSync(build)) {
  console.error(`CesiumJS is not installed at ${cesium}: run "npm ci" in frontend/ first.`);
  process.exit(1);
}
const { version } = JSON.parse(readFileSync(join(cesium, 'package.json'), 'utf8'));
const webjar = join(frontend, 'target', 'classes', 'META-INF', 'resources', 'webjars', 'cesium');
const target = join(webjar, version);
rmSync(webjar, { recursive: true, force: true }); // no stale copy of an older version after an upgrade
for (const part of KEEP) {
  const from = join(build, part);
  if (!existsSync(from)) {
    console.error(`CesiumJS ${version} has no ${part}: the list in scripts/cesium-webjar.mjs needs updating.`);
    process.exit(1);
  }
  mkdirSync(dirname(join(target, part)), { recursive: true });
  cpSync(from, join(target, part), { recursive: true });
}
cpSync(join(cesium, 'LICENSE.md'), join(target, 'LICENSE.md'));

// The Content-Security-Policy allows no eval. Knockout, bundled in Cesium.js for its widgets, finds the global object
// with (0,eval)("this") when it loads, which the policy refuses, so CesiumJS would not start: use globalThis instead.
// (Knockout's other evals parse data-bind attributes, only for widgets the viewer switches off.) Exactly one such
// place is expected; a CesiumJS upgrade that changes it stops the build here.
const script = join(target, 'Cesium.js');
const source = readFileSync(script, 'utf8');
const globalLookup = '(0,eval)("this")';
const places = source.split(globalLookup).length - 1;
if (places !== 1) {
  console.error(`CesiumJS ${version}: expected knockout's ${globalLookup} once in Cesium.js, found it ${places} times: check scripts/cesium-webjar.mjs.`);
  process.exit(1);
}
writeFileSync(script, source.replace(globalLookup, 'globalThis'));
console.log(`CesiumJS ${version} WebJar: ${(sizeOf(target) / 1024 / 1024).toFixed(1)} MB in ${target}`);
