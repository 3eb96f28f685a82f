// Copies @stomp/stompjs's ES modules (esm6/*.js with their source maps, 0.3 MB) into the jar's WebJar folder, so Spring serves them at
// /webjars/stompjs/<version>/esm6/ and the viewer's live/stomp.js imports them without any other host. Run by the
// Maven build after `npm ci`, like scripts/cesium-webjar.mjs.
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const frontend = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const stomp = join(frontend, 'node_modules', '@stomp', 'stompjs');
if (!existsSync(join(stomp, 'esm6', 'index.js'))) {
  console.error(`@stomp/stompjs is not installed at ${stomp}: run "npm ci" in frontend/ first.`);
  process.exit(1);
}
const { version } = JSON.parse(readFileSync(join(stomp, 'package.json'), 'utf8'));
const webjar = join(frontend, 'target', 'classes', 'META-INF', 'resources', 'webjars', 'stompjs');
const target = join(webjar, version);
rmSync(webjar, { recursive: true, force: true });

function copyModules(from) {
  for (const name of readdirSync(from)) {
    const path = join(from, name);
    if (statSync(path).isDirectory()) copyModules(path);
    else if (name.endsWith('.js') || name.endsWith('.js.map')) {
      const to = join(target, relative(stomp, path));
      mkdirSync(dirname(to), { recursive: true });
      cpSync(path, to);
    }
  }
}
copyModules(join(stomp, 'esm6'));
cpSync(join(stomp, 'LICENSE'), join(target, 'LICENSE'));
console.log(`@stomp/stompjs ${version} WebJar in ${target}`);
