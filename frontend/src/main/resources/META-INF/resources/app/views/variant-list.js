// The round's variants in the round panel (issue 12): each saved variant (newest first) with its author label, time,
// version and check outcome, "Open in 3D" and "Vergelijk"; the variants others are shaping now, labelled "wordt nog
// bewerkt" (from the round's drafts topic); and, for the variant shown, how it is compared with the plan: side by
// side or by a slider (a native range input, so arrow keys work). The slider cross-fades (the map cannot split
// these 3D shapes) and its help text says so. Rows are rebuilt only when the list changes. Text is text.
import { formatMoment } from '../core/format-nl.js';
import { checkSummary } from '../core/indicators.js';
import { t } from '../core/strings-nl.js';
import { sunlightErrorMessage, variantSunlightLine } from '../core/sunlight.js';
import { reactionPlaceOf } from '../core/variants.js';
import { h } from './dom.js';
import { mountVariantEditor } from './variant-editor.js';

/** A variant's title, or "Variant <id>" when it has none (the round list's "over variant …" uses it too). */
export const titleOf = (v) => v.title || t('variantUntitled', { id: v.id });

export function mountVariantList(element, variants, { state = null, mayWrite = () => false } = {}) {
  const status = h('p', { className: 'note variant-list-status', role: 'status' });
  const list = h('ul', { className: 'variant-items' });
  const drafts = h('ul', { className: 'variant-drafts', 'aria-live': 'polite' });
  const side = h('input', { type: 'radio', name: 'variant-compare', id: 'variant-compare-side', value: 'side',
    onchange: () => variants.setCompare({ mode: 'side' }) });
  const slider = h('input', { type: 'radio', name: 'variant-compare', id: 'variant-compare-slider', value: 'slider',
    onchange: () => variants.setCompare({ mode: 'slider' }) });
  const range = h('input', { type: 'range', id: 'variant-compare-position', min: '0', max: '100', step: '5',
    'aria-label': t('variantCompareSliderLabel'), oninput: () => variants.setCompare({ position: Number(range.value) / 100 }) });
  const help = h('p', { className: 'note variant-compare-help' });
  const shown = h('p', { className: 'variant-shown', role: 'status' });
  const stop = h('button', { type: 'button', className: 'variant-compare-stop', onclick: () => variants.show(null) }, t('variantCompareStop'));
  // "Reageer op deze variant": the round's composer takes the variant as what the reaction is about (state.roundAbout)
  // and, until another is picked, the middle of its first volume as the place; the text field gets the focus.
  const react = h('button', { type: 'button', className: 'variant-react', onclick: () => {
    const open = variants.variantById(variants.get().compare.variantId);
    if (!open || !state) return;
    state.update({ roundAbout: { variantId: open.id, title: titleOf(open) }, roundPlace: reactionPlaceOf(open), roundPicking: null });
    queueMicrotask(() => document.getElementById('round-text')?.focus());
  } }, t('variantReact'));
  const compare = h('fieldset', { className: 'variant-compare' }, h('legend', {}, t('variantCompareTitle')), shown,
    h('div', { className: 'form-radio' }, side, h('label', { for: 'variant-compare-side' }, t('variantCompareSide'))),
    h('div', { className: 'form-radio' }, slider, h('label', { for: 'variant-compare-slider' }, t('variantCompareSlider'))),
    h('div', { className: 'form-field' }, h('label', { for: 'variant-compare-position' }, t('variantCompareSliderLabel')), range), help, react, ' ', stop);
  element.append(h('h4', { id: 'variant-list-title' }, t('variantListTitle')), status, drafts, list, compare);
  let shownList = null;
  let shownDrafts = null;

  const row = (v) => {
    const summary = checkSummary(v.check);
    const byline = [v.author?.mine ? t('variantMine') : v.author?.label, formatMoment(v.createdAt)].filter(Boolean).join(', ');
    return h('li', { 'data-variant-id': String(v.id), 'data-latest': String(v.latest !== false), 'data-check': summary.compliant ? 'pass' : 'fail' },
      h('strong', {}, titleOf(v)), ' ',
      h('span', { className: 'note' }, [byline, t('variantVersion', { version: v.version ?? 1 }), v.latest === false ? t('variantOlder') : null].filter(Boolean).join(' · ')),
      h('p', { className: 'note' }, t(summary.key, summary.values)),
      h('button', { type: 'button', className: 'variant-open', 'aria-label': `${t('variantOpen3d')}: ${titleOf(v)}`,
        onclick: () => variants.show(v.id, 'side') }, t('variantOpen3d')), ' ',
      h('button', { type: 'button', className: 'variant-compare-button', 'aria-label': `${t('variantCompare')}: ${titleOf(v)}`,
        onclick: () => { variants.show(v.id, 'slider'); range.focus(); } }, t('variantCompare')), ' ',
      sunlightButton(v));
  };

  // "Zon bij de buren": the variant's bezonningsstudie in one line under its row, asked when pressed.
  const sunlightButton = (v) => {
    const line = h('p', { className: 'note variant-sunlight', role: 'status' });
    const button = h('button', { type: 'button', className: 'variant-sunlight-button', 'aria-label': `${t('sunlight.variantButton')}: ${titleOf(v)}`,
      onclick: async () => {
        button.disabled = true;
        line.textContent = t('sunlight.variantLoading');
        line.dataset.sunlight = 'loading';
        try {
          line.textContent = variantSunlightLine(await variants.sunlight(v.id));
          line.dataset.sunlight = 'ready';
        } catch (error) {
          line.textContent = sunlightErrorMessage(error);
          line.dataset.sunlight = 'error';
        } finally {
          button.disabled = false;
        }
      } }, t('sunlight.variantButton'));
    return [button, line];
  };

  const update = (current) => {
    element.hidden = current.status === 'idle';
    status.textContent = current.status === 'loading' ? t('variantsLoading') : current.status === 'error' ? t('variantsFailed')
      : current.variants.length === 0 ? t('variantsNone') : '';
    element.dataset.variants = String(current.variants.length);
    element.dataset.drafts = String(current.drafts.length);
    if (current.variants !== shownList) {
      shownList = current.variants;
      list.replaceChildren(...current.variants.map(row));
    }
    if (current.drafts !== shownDrafts) {
      shownDrafts = current.drafts;
      drafts.replaceChildren(...current.drafts.map((d) => h('li', { className: 'variant-draft', 'data-draft-key': String(d.draftKey) },
        t('variantDraftBy', { author: typeof d.author === 'string' ? d.author : d.author?.label ?? '', status: t('variantInProgress') }))));
    }
    const open = current.compare.variantId && current.variants.find((v) => String(v.id) === String(current.compare.variantId));
    compare.hidden = !open || Boolean(current.editor);
    if (!open) return;
    shown.textContent = t('variantShown', { title: titleOf(open) });
    react.hidden = !state || !mayWrite();
    side.checked = current.compare.mode === 'side';
    slider.checked = current.compare.mode === 'slider';
    range.disabled = current.compare.mode !== 'slider';
    if (document.activeElement !== range) range.value = String(Math.round(current.compare.position * 100));
    help.textContent = current.compare.mode === 'slider' ? t('variantCompareSliderHelp') : t('variantCompareSideHelp');
    element.dataset.compare = `${current.compare.mode},${current.compare.position}`;
  };
  return { update };
}

/** The variants part of the round panel: the editor and the list in one section, for views/round-panel.js. */
export function variantsView(variants, { state, mayWrite }) {
  return {
    mount(element) {
      element.append(h('h3', { id: 'variants-title' }, t('variantsTitle')), h('p', { className: 'note' }, t('variantsIntro')));
      const editorBox = h('div', { className: 'variant-editor-box' });
      const listBox = h('div', { className: 'variant-list' });
      const message = h('p', { className: 'variant-message', role: 'status' });
      element.append(message, editorBox, listBox);
      const editor = mountVariantEditor(editorBox, variants, { state, mayWrite });
      const list = mountVariantList(listBox, variants, { state, mayWrite });
      const render = (current) => {
        element.hidden = current.status === 'idle';
        message.textContent = current.message?.key ? t(current.message.key, current.message.values) : '';
        editor.update(current);
        list.update(current);
      };
      variants.subscribe(render);
      render(variants.get());
      return { update: () => render(variants.get()) };
    },
  };
}
