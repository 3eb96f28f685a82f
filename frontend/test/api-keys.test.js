// A second method with the same name in the API object silently replaces the first (the report page once fetched
// "Meld misbruik" instead of the participatieverslag): every method name of createApi's object appears once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const source = readFileSync(new URL('../src/main/resources/META-INF/resources/app/core/api.js', import.meta.url), 'utf8');

test('every method of the API object has its own name', () => {
  const names = [...source.matchAll(/^ {4}(?:async )?([A-Za-z]\w*)\s*\([^)]*\)\s*\{/gm)].map((m) => m[1])
    .filter((name) => !['if', 'for', 'while', 'switch', 'catch', 'function'].includes(name));
  assert.ok(names.length > 20, `found only ${names.length} methods: the pattern no longer matches api.js`);
  const twice = names.filter((name, i) => names.indexOf(name) !== i);
  assert.deepEqual(twice, []);
});
