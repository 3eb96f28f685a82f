// The 3D view in words, for people who cannot see it: what is selected on the map, and for a drawn plan what the
// check drew in red and where. views/scene-status.js puts it in a visually hidden live region next to the map.
import { ownParcelLabel } from './own-parcel.js';
import { checkModel } from './plan-check.js';
import { designVolumeIndices } from './plan-draft.js';
import { buildPanelModel, formatNumber } from './lookup-model.js';
import { t } from './strings-nl.js';

export function describeScene({ selection, lookup, plan, planCheck, ownParcel }) {
  if (plan) return [describePlan(plan, planCheck), describeOwnParcel(ownParcel)].filter(Boolean).join(' ');
  if (!selection) return '';
  if (lookup?.status !== 'ok') return '';
  const model = buildPanelModel(lookup.answer);
  if (model.kind === 'nothing') return t('sceneSelectedNothing');
  const here = model.headlines.find((line) => line.key === 'here')?.text ?? '';
  const marked = selection.buildingId || (lookup.answer.buildings ?? []).length > 0;
  return [t('sceneSelected', { here }), marked ? t('sceneSelectedMarked') : ''].filter(Boolean).join(' ');
}

function describePlan(plan, planCheck) {
  if (!plan.closed) return t('scenePlanCorners', { count: plan.corners.length });
  if (planCheck?.status !== 'ok') return '';
  const model = checkModel(planCheck.result);
  if (model.compliant) return t('scenePlanFits');
  const designToDraft = designVolumeIndices(plan);
  const failed = planCheck.result.verdicts.filter((v) => v.status === 'fail').map((verdict) => {
    const line = model.verdicts.find((v) => v.rule === verdict.ruleKey);
    const what = [line?.statusText ?? t('verdictStatus.fail'), line?.measured].filter(Boolean).join(', ');
    const where = [...new Set((verdict.failingGeometry?.features ?? []).map((f) => placeOf(f, designToDraft)))];
    return t(where.length ? 'scenePlanFailRed' : 'scenePlanFail', { label: verdict.label, what, where: where.join(', ') });
  });
  return [t('scenePlanFitsNot'), ...failed].join(' ');
}

/** "Uw perceel: DSB00 C 3597. Het is … omlijnd." once its outline is drawn; how it will be chosen while unknown. */
function describeOwnParcel(ownParcel) {
  const label = ownParcelLabel(ownParcel);
  if (!ownParcel?.names?.length) return label;
  return ownParcel.geometries?.length ? t('sceneOwnParcel', { label }) : `${label}.`;
}

function placeOf(feature, designToDraft) {
  const props = feature.properties ?? {};
  const index = Number.isInteger(props.volume) ? designToDraft[props.volume] : null;
  const volume = index == null ? null : index + 1;
  if (feature.geometry?.type === 'LineString') return t('scenePlaceLine');
  if (props.fromHeight != null) {
    return volume ? t('scenePlaceAbove', { volume, height: formatNumber(props.fromHeight) })
      : t('scenePlaceAboveAny', { height: formatNumber(props.fromHeight) });
  }
  return volume ? t('scenePlaceGround', { volume }) : t('scenePlaceGroundAny');
}
