import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const frontend = fileURLToPath(new URL('..', import.meta.url));
const web = join(frontend, 'src', 'main', 'resources', 'META-INF', 'resources');
const sources = (folder) => readdirSync(join(web, 'app', folder)).filter((name) => name.endsWith('.js'))
  .map((name) => ({ name: `${folder}/${name}`, text: readFileSync(join(web, 'app', folder, name), 'utf8') }));

test('only map/ talks to Cesium: core and views never use it', () => {
  for (const { name, text } of [...sources('core'), ...sources('views')]) {
    assert.doesNotMatch(text, /\bCesium\s*[.[]|\bCesium\)/, `${name} uses Cesium`);
    assert.doesNotMatch(text, /from '\.\.\/map\//, `${name} imports from map/`);
  }
});

test('core never imports views or map, so it runs under node --test', () => {
  for (const { name, text } of sources('core')) assert.doesNotMatch(text, /from '\.\.\/(views|map)\//, name);
});

test('the page loads the CesiumJS version that package.json installs', () => {
  const { dependencies } = JSON.parse(readFileSync(join(frontend, 'package.json'), 'utf8'));
  const html = readFileSync(join(web, 'index.html'), 'utf8');
  const versions = [...html.matchAll(/\/webjars\/cesium\/([^/]+)\//g)].map((m) => m[1]);
  assert.ok(versions.length >= 2, 'index.html loads Cesium.js and widgets.css');
  for (const version of versions) assert.equal(version, dependencies.cesium);
});

test('every text key the page, views and map ask for exists in strings-nl.js', async () => {
  const { STRINGS } = await import('../src/main/resources/META-INF/resources/app/core/strings-nl.js');
  const keys = [...sources('views'), ...sources('map'), { name: 'main.js', text: readFileSync(join(web, 'app', 'main.js'), 'utf8') }]
    .flatMap(({ name, text }) => [...text.matchAll(/\bt\('([\w.]+)'/g)].map((m) => ({ name, key: m[1] })));
  const html = readFileSync(join(web, 'index.html'), 'utf8');
  keys.push(...[...html.matchAll(/data-(?:text|label)="([\w.]+)"/g)].map((m) => ({ name: 'index.html', key: m[1] })));
  assert.ok(keys.length > 20);
  for (const { name, key } of keys) {
    const value = key.split('.').reduce((node, part) => node?.[part], STRINGS);
    assert.equal(typeof value, 'string', `${name} asks for missing text '${key}'`);
  }
});
