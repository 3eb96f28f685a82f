// Every text the viewer shows, in Dutch at B1 level, in one place. Placeholders look like {name}.
export const STRINGS = Object.freeze({
  appTitle: 'Stip – de kaart van uw gemeente',
  demoNotice: 'Voorbeeld: de gemeente Doesburg. Percelen, regels en hoogtes zijn afgeleid of geschat, niet officieel.',
  mapLabel: '3D-kaart. Klik op een plek, of druk op Enter voor het midden van de kaart, om te zien wat daar is.',
  skipToPanel: 'Naar het overzicht van de gekozen plek',
  controlsTitle: 'Kaartlagen en legenda',
  developers: 'Voor ontwikkelaars:',
  mapUnavailable: 'Uw browser kan de 3D-kaart niet tonen. Probeer een andere browser of een ander apparaat.',
  unexpected: 'Er ging iets mis. Laad de pagina opnieuw als de kaart niet meer werkt.',

  searchLabel: 'Zoek een adres',
  searchPlaceholder: 'Adres (binnenkort)',
  searchSoon: 'Zoeken op adres komt binnenkort. Klik nu op de kaart.',
  searchButton: 'Zoeken',

  panelTitle: 'Stip op de kaart',
  panelClose: 'Sluit het overzicht',
  panelLoading: 'Even geduld. We zoeken op wat er op deze plek is…',
  panelIdle: 'Klik op de kaart om te zien wat er op die plek is, wat u daar mag bouwen en hoe dat gaat.',
  panelNothing: 'Op deze plek hebben we geen gegevens.',
  unreachable: 'We kunnen de server nu niet bereiken. Controleer uw internet en probeer het opnieuw.',
  serverError: 'De server kon dit nu niet opzoeken. Probeer het over een paar minuten opnieuw.',
  rejected: 'Deze plek kunnen we niet opzoeken: {detail}',
  retry: 'Opnieuw proberen',

  headlineHere: 'Wat is hier?',
  headlineAllowed: 'Wat mag ik hier bouwen?',
  headlineProcedure: 'Hoe gaat het?',
  moreRules: 'Regels op deze plek',
  moreProcedures: 'Wat moet ik doen? (per plan)',
  moreBuilding: 'Het gebouw en zijn geschiedenis',
  moreNotices: 'Let op',
  rulePurpose: 'Waarom deze regel?',
  ruleText: 'Tekst van de regel',
  source: 'Bron: {source}',
  protected: 'Beschermd: {list}',
  protections: { 'beschermd-stadsgezicht': 'beschermd stadsgezicht', monument: 'monument' },
  term: 'Termijn: {weeks} weken',
  termNone: 'Geen termijn: u hoeft niets aan te vragen.',
  fee: 'Kosten: {fee}',
  decidedBy: 'Beslist met: {source}',
  buildingTitle: 'Gebouw {id}',
  builtIn: 'Gebouwd in {year}',
  heightMeasured: 'Hoogte {height} m (gemeten)',
  heightEstimated: 'Hoogte ongeveer {height} m (geschat, niet gemeten)',
  heightUnknown: 'Hoogte onbekend',
  address: 'Adres: {label}',
  timelineTitle: 'Geschiedenis, oudste eerst',
  timelineEntry: 'Vanaf {from}',
  timelineUntil: 'tot {to}',
  timelineNow: 'tot nu',
  timelineFirst: 'Het gebouw komt voor het eerst in de registratie.',
  timelineShapeChanged: 'De vorm van het gebouw veranderde.',
  timelineDocument: 'Besluit {number} van {date}',

  layersTitle: 'Kaartlagen',
  layers: { buildings: 'Gebouwen', parcels: 'Percelen', ruleAreas: 'Functie van het gebied (omgevingsplan)' },
  layerZoomIn: 'Zoom verder in om {layer} te zien.',
  layerLoading: '{layer} laden…',
  layerFailed: '{layer} konden niet laden.',

  legendTitle: 'Legenda',
  legendMeasured: 'Gebouw, hoogte gemeten',
  legendEstimated: 'Gebouw, hoogte geschat (niet gemeten)',
  legendUnknown: 'Gebouw, hoogte onbekend',
  legendSelected: 'Gekozen gebouw',
  legendParcel: 'Grens van een perceel',
  functions: { centrum: 'Centrum', wonen: 'Wonen', bedrijf: 'Bedrijven', groen: 'Groen' },
  functionOther: 'Andere functie',
});

/** The text for a key (dots for nested keys), with {placeholders} filled in; an unknown key shows itself. */
export function t(key, values = {}) {
  const text = key.split('.').reduce((node, part) => (node == null ? undefined : node[part]), STRINGS);
  if (typeof text !== 'string') return key;
  return text.replace(/\{(\w+)\}/g, (match, name) => (name in values ? String(values[name]) : match));
}
