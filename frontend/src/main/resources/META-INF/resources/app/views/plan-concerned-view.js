// The dossier's "Belanghebbenden" (core/concerned.js has the rules): for the owner, co-editors and planners the
// counts per ring and the list of concerned parcels and buildings with distance, direction and the known addresses
// (the ring is highlighted on the map); for the owner and planners the tally and the statements, the statement PDF;
// for the owner "Nodig alle belanghebbenden uit" and the letters PDF. Server text is put in as text.
import { partyRows, ringRows, tallyRows } from '../core/concerned.js';
import { t } from '../core/strings-nl.js';
import { h, replaceChildren } from './dom.js';

export function mountPlanConcerned(container, concerned) {
  const section = h('section', { className: 'plan-concerned', 'aria-labelledby': 'plan-concerned-title' });
  const message = h('p', { className: 'plan-concerned-message', 'aria-live': 'polite' });
  replaceChildren(container, section, message);

  const render = (s) => {
    section.hidden = !s.mayList;
    container.dataset.planId = String(s.planId ?? '');
    if (!s.mayList) return;
    const data = s.set?.status === 'ok' ? s.set.data : null;
    const stats = s.statements?.status === 'ok' ? s.statements.data : null;
    const ringLabel = (ring) => t(`ringLabel.${ring}`);
    replaceChildren(section,
      h('h3', { id: 'plan-concerned-title' }, t('concernedTitle')),
      h('p', { className: 'note' }, t('concernedIntro', { distance: String(Math.round(data?.distance ?? 100)) })),
      s.set?.status === 'loading' && h('p', { className: 'loading' }, t('concernedLoading')),
      s.set?.status === 'error' && h('p', { className: 'error' }, t(s.set.key)),
      data && !data.area && h('p', {}, t('concernedNone')),
      data?.area && [
        h('button', { type: 'button', className: 'link-button plan-concerned-map', 'aria-pressed': String(Boolean(s.onMap)),
          onclick: () => concerned.toggleMap() }, s.onMap ? t('concernedMapHide') : t('concernedMapShow')),
        h('h4', {}, t('concernedRingsTitle')),
        h('ul', { className: 'plan-concerned-rings' }, ringRows(data).map((r) => h('li', { 'data-ring': r.ring },
          t('concernedRingRow', { ring: ringLabel(r.ring), parcels: r.parcels, buildings: r.buildings, addresses: r.addresses, residents: r.residents })))),
      ],
      stats && [
        h('h4', {}, t('concernedTallyTitle')),
        h('ul', { className: 'plan-concerned-tally' }, tallyRows(stats.tally).map((r) => h('li', { 'data-ring': r.ring },
          t('concernedTallyRow', { ring: ringLabel(r.ring), consent: r.consent, noObjection: r.noObjection, objection: r.objection })))),
        h('h4', {}, t('concernedStatementsTitle')),
        stats.statements.length === 0 ? h('p', {}, t('concernedStatementsNone'))
          : h('ul', { className: 'plan-concerned-statements' }, stats.statements.map((st) => h('li', { 'data-kind': st.kind },
            h('p', {}, t('concernedStatementRow', { name: st.name, address: st.address, kind: t(`statementKindShort.${st.kind}`) })),
            st.reason && h('p', { className: 'plan-concerned-reason' }, st.reason)))),
        h('p', {}, h('a', { href: concerned.statementsPdf(), className: 'plan-concerned-pdf', download: '' }, t('concernedStatementPdf'))),
      ],
      s.owner && data?.area && [
        h('button', { type: 'button', className: 'plan-concerned-invite', disabled: Boolean(s.busy), onclick: () => concerned.invite() },
          t('concernedInvite')),
        h('p', {}, h('a', { href: concerned.lettersPdf(), className: 'plan-concerned-letters', download: '' }, t('concernedLettersPdf'))),
      ],
      data?.parties?.length > 0 && h('details', { className: 'plan-concerned-list' },
        h('summary', {}, t('concernedListTitle'), ` (${data.parties.length})`),
        h('ul', {}, partyRows(data).map((p) => h('li', { 'data-type': p.type, 'data-id': p.id, 'data-ring': p.ring },
          h('strong', {}, p.type === 'parcel' ? t('concernedParcel', { label: p.label }) : t('concernedBuilding', { label: p.id })), ' · ',
          t('concernedRowMeta', { distance: p.distance, direction: p.direction }),
          p.touching && [' · ', t('concernedTouching')], ' · ',
          p.addresses.length > 0 ? p.addresses.join('; ') : t('concernedNoAddress'))))));
    const m = s.message;
    message.className = `plan-concerned-message${m?.error ? ' error' : ''}`;
    message.setAttribute('role', m?.error ? 'alert' : 'status');
    message.textContent = m ? t(m.key, m.values) : '';
  };
  concerned.subscribe(render);
  render(concerned.get());

  return {
    render(open) {
      if (open?.status !== 'ok') return;
      concerned.show(open.plan);
    },
  };
}
