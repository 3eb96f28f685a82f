// "Maak uw variant" in the round panel (issue 12): the variant shaped from the plan's design with the tools of
// core/variant-draft.js (height within the round's bounds, move, shrink, remove a volume, the roof), the palette
// (a kind, then a click in the map — the map's existing point picking, state.roundPicking — or "Naast het plan"
// without a mouse), the indicator table beside the original with each indicator's explanation, the check's outcome,
// and "Bewaar variant". Every change asks the model for a debounced preview. Fields are made once; text is text.
import { checkSummary, indicatorRows } from '../core/indicators.js';
import { t } from '../core/strings-nl.js';
import {
  activeIndex, moveVariantVolume, nudgeVariantHeight, paletteKinds, placeObject, removeObject, removeVariantVolume,
  selectVariantVolume, setTitle, setVariantHeight, setVariantRoof, shrinkVariantVolume, volumeCount,
} from '../core/variant-draft.js';
import { h } from './dom.js';

const kindText = (kind) => t(`variantKinds.${kind}`);
const dutch = (n) => String(n ?? '').replace('.', ',');

export function mountVariantEditor(element, variants, { state, mayWrite }) {
  const make = h('button', { type: 'button', className: 'variant-make', onclick: () => variants.startEditing() }, t('variantMake'));
  const bounds = h('p', { id: 'variant-bounds', className: 'note variant-bounds' });
  const volume = h('select', { id: 'variant-volume', onchange: () => variants.change(selectVariantVolume, Number(volume.value)) });
  const volumeField = h('div', { className: 'form-field' }, h('label', { for: 'variant-volume' }, t('variantVolume')), volume);
  // A text field takes no aria-valuemin/max (axe: aria-allowed-attr): the bounds line says the range instead.
  const height = h('input', { type: 'text', inputmode: 'decimal', id: 'variant-height', autocomplete: 'off', 'aria-describedby': 'variant-bounds',
    onchange: () => variants.change(setVariantHeight, Number(height.value.replace(',', '.'))) });
  const lower = h('button', { type: 'button', className: 'variant-lower', onclick: () => variants.change(nudgeVariantHeight, -0.5) }, t('variantLower'));
  const raise = h('button', { type: 'button', className: 'variant-raise', onclick: () => variants.change(nudgeVariantHeight, 0.5) }, t('variantRaise'));
  const roof = h('select', { id: 'variant-roof', onchange: () => variants.change(setVariantRoof, roof.value) },
    h('option', { value: 'flat' }, t('variantRoofFlat')), h('option', { value: 'pitched' }, t('variantRoofPitched')));
  const move = (label, east, north) => h('button', { type: 'button', onclick: () => variants.change(moveVariantVolume, east, north) }, label);
  const shrink = h('button', { type: 'button', className: 'variant-shrink', onclick: () => variants.change(shrinkVariantVolume, 0.9) }, t('variantShrink'));
  const removeVolume = h('button', { type: 'button', className: 'variant-remove-volume',
    onclick: () => variants.change(removeVariantVolume, activeIndex(variants.get().editor.variant)) }, t('variantRemoveVolume'));
  const notice = h('p', { className: 'variant-notice', role: 'alert' });

  const kind = h('select', { id: 'variant-kind' });
  const pick = h('button', { type: 'button', className: 'variant-pick', 'aria-describedby': 'variant-picking',
    onclick: () => { picking = picking ? null : kind.value; state.update({ roundPicking: picking ? { planId: null, for: 'variant' } : null }); renderPicking(); } },
  t('roundPlacePick'));
  const beside = h('button', { type: 'button', className: 'variant-beside', onclick: () => variants.placeBeside(kind.value) }, t('variantBeside'));
  const pickingLine = h('p', { id: 'variant-picking', className: 'note', role: 'status' });
  const objects = h('ul', { className: 'variant-objects', 'aria-label': t('variantObjectsTitle') });
  const objectsNone = h('p', { className: 'note' }, t('variantObjectsNone'));

  const tbody = h('tbody');
  const table = h('table', { className: 'variant-indicators' },
    h('caption', {}, t('variantIndicatorsCaption')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('variantIndicatorName')), h('th', { scope: 'col' }, t('variantIndicatorOriginal')),
      h('th', { scope: 'col' }, t('variantIndicatorVariant')), h('th', { scope: 'col' }, t('variantIndicatorDifference')))),
    tbody);
  const indicatorsNote = h('p', { className: 'note variant-indicators-note', role: 'status' });
  const check = h('p', { className: 'variant-check', role: 'status' });
  const title = h('input', { type: 'text', id: 'variant-title', maxlength: '200', autocomplete: 'off',
    oninput: () => variants.change(setTitle, title.value) });
  const save = h('button', { type: 'submit', className: 'variant-save' }, t('variantSave'));
  const cancel = h('button', { type: 'button', className: 'variant-cancel', onclick: () => { stopPicking(); variants.stopEditing(); } }, t('variantCancel'));
  const error = h('p', { className: 'variant-error error', role: 'alert' });
  const form = h('form', { className: 'variant-editor', 'aria-labelledby': 'variant-editor-title', onsubmit: async (e) => {
    e.preventDefault();
    stopPicking();
    if (await variants.save()) make.focus();
  } },
  h('h4', { id: 'variant-editor-title', tabindex: '-1' }, t('variantEditorTitle')), bounds,
  h('fieldset', { className: 'variant-shape' }, h('legend', {}, t('variantVolume')), volumeField,
    h('div', { className: 'form-field' }, h('label', { for: 'variant-height' }, t('variantHeight')), height), lower, ' ', raise,
    h('div', { className: 'form-field' }, h('label', { for: 'variant-roof' }, t('variantRoof')), roof),
    h('div', { className: 'variant-move', role: 'group', 'aria-label': t('variantMoveTitle') },
      move(t('variantMoveNorth'), 0, 1), ' ', move(t('variantMoveSouth'), 0, -1), ' ', move(t('variantMoveWest'), -1, 0), ' ', move(t('variantMoveEast'), 1, 0)),
    shrink, ' ', removeVolume),
  notice,
  h('fieldset', { className: 'variant-palette' }, h('legend', {}, t('variantPaletteTitle')),
    h('p', { className: 'note' }, t('variantPaletteHint')),
    h('div', { className: 'form-field' }, h('label', { for: 'variant-kind' }, t('variantKindLabel')), kind), pick, ' ', beside, pickingLine,
    h('h5', {}, t('variantObjectsTitle')), objectsNone, objects),
  h('section', { className: 'variant-results', 'aria-labelledby': 'variant-results-title' },
    h('h5', { id: 'variant-results-title' }, t('variantIndicatorsTitle')), indicatorsNote, table, check),
  h('div', { className: 'form-field' }, h('label', { for: 'variant-title' }, t('variantTitleLabel')), title),
  save, ' ', cancel, error);
  element.append(make, form);

  let picking = null; // the palette kind a click in the map will place
  let shownKinds = '';
  let shownObjects = null;
  let editing = false;
  const stopPicking = () => { if (picking) { picking = null; state.update({ roundPicking: null }); renderPicking(); } };
  const renderPicking = () => {
    pick.setAttribute('aria-pressed', String(Boolean(picking)));
    pick.textContent = picking ? t('roundPlacePicking') : t('roundPlacePick');
    pickingLine.textContent = picking ? t('variantPalettePicking', { kind: kindText(picking).toLowerCase() }) : '';
  };
  element.addEventListener('keydown', (e) => { if (e.key === 'Escape' && picking) { e.preventDefault(); stopPicking(); } });
  // A click in the map while picking: the map sets state.roundPlace; it becomes the object, not a reaction's place.
  state.onChange((current, changed) => {
    if (!changed.includes('roundPlace') || !current.roundPlace || !picking) return;
    const { lon, lat } = current.roundPlace;
    variants.change(placeObject, picking, { lon, lat });
    picking = null;
    state.update({ roundPlace: null, roundPicking: null });
    renderPicking();
    pick.focus();
  });

  const update = (current) => {
    const editor = current.editor;
    make.hidden = Boolean(editor) || current.status !== 'ok' || !mayWrite() || !current.design;
    form.hidden = !editor;
    element.dataset.editing = String(Boolean(editor));
    if (!editor) { editing = false; shownObjects = null; return; }
    const { variant } = editor;
    const b = variant.bounds;
    bounds.textContent = b.maxHeight !== null && b.minHeight !== null ? t('variantBoundsLine', { min: dutch(b.minHeight), max: dutch(b.maxHeight) })
      : b.maxHeight !== null ? t('variantBoundsMax', { max: dutch(b.maxHeight) }) : '';
    const count = volumeCount(variant);
    if (volume.options.length !== count) volume.replaceChildren(...Array.from({ length: count }, (_, i) => h('option', { value: String(i) }, t('variantVolumeOption', { n: i + 1 }))));
    volume.value = String(activeIndex(variant));
    volumeField.hidden = count < 2;
    if (document.activeElement !== height) height.value = dutch(variant.draft.height);
    roof.value = variant.draft.roof;
    removeVolume.disabled = count < 2 || b.keepVolumes.includes(activeIndex(variant));
    notice.textContent = variant.notice ? t(variant.notice.key, variant.notice.values) : '';
    notice.hidden = !variant.notice;
    const kinds = paletteKinds(variant);
    if (kinds.join() !== shownKinds) {
      shownKinds = kinds.join();
      kind.replaceChildren(...variant.bounds.palette.map((p) => h('option', { value: p.kind }, kindText(p.kind) === `variantKinds.${p.kind}` ? p.label ?? p.kind : kindText(p.kind))));
    }
    if (shownObjects !== variant.objects) {
      shownObjects = variant.objects;
      const perKind = {};
      objects.replaceChildren(...variant.objects.map((o, i) => {
        perKind[o.kind] = (perKind[o.kind] ?? 0) + 1;
        const label = t('variantObjectRemove', { kind: kindText(o.kind), n: perKind[o.kind] });
        return h('li', { 'data-kind': o.kind }, kindText(o.kind), ' ',
          h('button', { type: 'button', className: 'icon-button', 'aria-label': label, title: label, onclick: () => variants.change(removeObject, i) }, '×'));
      }));
      objectsNone.hidden = variant.objects.length > 0;
    }
    const { preview } = editor;
    const rows = indicatorRows(preview.result, current.definitions);
    tbody.replaceChildren(...rows.map((row) => h('tr', { 'data-indicator': row.id, 'data-trend': row.trend },
      h('th', { scope: 'row' }, row.label, row.explanation ? h('span', { className: 'note variant-explanation' }, row.explanation) : null),
      h('td', {}, row.originalText), h('td', {}, row.valueText), h('td', {}, row.differenceText))));
    table.hidden = rows.length === 0;
    indicatorsNote.textContent = preview.status === 'checking' ? t('variantChecking') : rows.length === 0 ? t('variantIndicatorsWaiting') : '';
    const summary = checkSummary(preview.result?.check);
    check.textContent = t(summary.key, summary.values);
    element.dataset.check = summary.compliant === null ? '' : summary.compliant ? 'pass' : 'fail';
    element.dataset.preview = preview.status;
    if (document.activeElement !== title) title.value = variant.title ?? '';
    save.disabled = Boolean(editor.saving);
    save.textContent = editor.saving ? t('variantSaving') : t('variantSave');
    error.textContent = preview.error ? preview.error.text ?? t(preview.error.key) : '';
    error.hidden = !preview.error;
    if (!editing) { editing = true; queueMicrotask(() => form.querySelector('#variant-editor-title')?.focus()); }
  };
  return { update };
}
