// Issue 12, reactions about a variant in the viewer: "Reageer op deze variant" sends the variant's id with the
// reaction (placed on its first volume unless another place was picked), and the list filters by what a reaction is about.
import assert from 'node:assert/strict';
import test from 'node:test';
import { ABOUT_PLAN, pinsOf, snapshotView, visibleReactions } from '../src/main/resources/META-INF/resources/app/core/round-items.js';
import { connectRound } from '../src/main/resources/META-INF/resources/app/core/round.js';
import { t } from '../src/main/resources/META-INF/resources/app/core/strings-nl.js';
import { reactionPlaceOf } from '../src/main/resources/META-INF/resources/app/core/variants.js';

const ring = (lon, lat, d) => [[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]];
const place = { lon: 6.14, lat: 52.02, height: 2 };
const reaction = (id, variantId) => ({ id, stance: 'support', theme: 'height', text: `r${id}`, place, createdAt: `2026-12-04T10:0${id}:00Z`,
  ...(variantId === undefined ? {} : { variantId }) });

test('the list filters reactions by the variant they are about, or the plan itself; the pins follow', () => {
  const view = snapshotView({ round: { id: 1 }, seq: 3, reactions: [reaction(1, 7), reaction(2, null), reaction(3), reaction(4, 8)] });
  assert.deepEqual(view.filters, { theme: null, stance: null, variant: null });
  const ids = (v) => visibleReactions(v).map((r) => r.id);
  assert.deepEqual(ids(view), [4, 3, 2, 1]);
  assert.deepEqual(ids({ ...view, filters: { ...view.filters, variant: '7' } }), [1]);
  assert.deepEqual(ids({ ...view, filters: { ...view.filters, variant: 8 } }), [4]);
  assert.deepEqual(ids({ ...view, filters: { ...view.filters, variant: ABOUT_PLAN } }), [3, 2]);
  assert.deepEqual(pinsOf({ ...view, filters: { ...view.filters, variant: '7' } }).map((p) => p.id), [1]);
  assert.equal(t('roundOverVariant', { title: 'Lager dak' }), 'over variant Lager dak');
});

test('a reaction about a variant carries its id; one about the plan does not', async () => {
  const posted = [];
  const api = {
    roundState: async () => ({ round: { id: 5 }, seq: 0, reactions: [] }),
    postReaction: async (roundId, body) => { posted.push(body); return { id: posted.length, status: 'published', ...body }; },
  };
  const round = connectRound(api);
  await round.open(5);
  const item = await round.react({ place: { ...place, volumeIndex: 0 }, stance: 'support', theme: 'height', text: 'Mooi lager', variantId: '12' });
  assert.equal(item.variantId, 12);
  assert.deepEqual(posted[0], { stance: 'support', theme: 'height', text: 'Mooi lager', place, volumeIndex: 0, variantId: 12 });
  await round.react({ place, stance: 'concern', theme: 'green', text: 'Over het plan' });
  assert.equal('variantId' in posted[1], false);
  assert.equal(round.get().view.reactions.find((r) => r.text === 'Mooi lager').variantId, 12);
});

test('without a picked place a reaction about a variant sits on top of its first volume', () => {
  const design = { volumes: [{ footprint: { type: 'Polygon', coordinates: [ring(6.14, 52.02, 0.0001)] }, baseHeight: 0, height: 3, roof: { type: 'flat' } }] };
  const at = reactionPlaceOf({ id: 9, design });
  assert.ok(Math.abs(at.lon - 6.14005) < 1e-7 && Math.abs(at.lat - 52.02005) < 1e-7, JSON.stringify(at));
  assert.equal(at.height, 3);
  assert.equal(at.volumeIndex, 0);
  assert.equal(reactionPlaceOf({ id: 9, design: { volumes: [] } }), null);
});
