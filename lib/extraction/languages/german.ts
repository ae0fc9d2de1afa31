/**
 * German news copy: „…“ and »…« quotes, "sagte X" / "so X" after a quote, "X zufolge", "laut X",
 * "Herr"/"Frau", capitalised titles written as compounds and declined ("Außenministerin",
 * "Bundesgesundheitsminister", "des Bundeskanzlers"), particles ("von", "van der", "ibn"). Every
 * German noun is capitalised, so a capitalised word is never by itself evidence of a name: the
 * rules want a title, an honorific, a particle, a known given name, or speech.
 */
import type { Gender, LanguageRules } from './rule-table';

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/**
 * Heads of German role nouns; a compound ending in one is a role too ("Außenminister",
 * "Projektleiter", "Schalke-Trainerin"). The feminine "-in" and the declension endings are
 * added when a word is read, not listed.
 */
const ROLE_HEADS = `kanzler minister präsident sprecher vorsitzende vorsitzender chef leiter direktor bürgermeister
  trainer kapitän experte forscher professor richter anwalt anwältin staatsanwalt abgeordnete abgeordneter
  politiker sekretär generalsekretär botschafter vorständin vorstand vorstandschef geschäftsführer ökonom
  analyst pendler ingenieur arzt ärztin pfleger polizist kommissar oberst general senator landrat gouverneur
  könig königin prinz prinzessin papst bischof pfarrer stürmer torwart verteidiger spieler schauspieler sänger
  autor journalist reporter moderator intendant diplomat diplomatin beauftragte beauftragter referent dekan
  rektor historiker soziologe politologe psychologe virologe epidemiologe wissenschaftler sportdirektor
  unternehmer gründer mitgründer inhaber eigentümer händler landwirt winzer lehrer schulleiter
  gewerkschafter aktivist sprecherin vater mutter sohn tochter bruder schwester ehefrau ehemann witwe
  bewohner anwohner augenzeuge zeuge feuerwehrmann einsatzleiter staatssekretär ministerpräsident kandidat
  torhüter bevollmächtigte bevollmächtigter stadträtin kunde kundin angeklagte angeklagter
  rätin nationalrat ständerat landesrat regierungsrat azubi auszubildende auszubildender lehrling kollege
  architekt planer großmutter großvater
  staatsanwältin verteidigerin richterin ermittler sanitäter notarzt notärztin feuerwehrchef polizeichef
  schatzmeister kassenwart obmann intendantin kurator dirigent regisseur produzent verleger herausgeber
  redakteur kolumnist korrespondent student studentin schüler schülerin nachbar nachbarin sieger gewinner
  star dj dezernent vikar kaplan diakon pastor rabbiner imam vorgänger nachfolger rentner
  loge login rechtler kämmerer partner kreisrat`;
const HEADS = [...words(ROLE_HEADS)].sort((a, b) => b.length - a.length);
/** Head + "-in"/"-innen" (feminine), then a declension ending. */
const ROLE_PATTERN = new RegExp(`(?:^|[-\\p{Ll}])(${HEADS.join('|')})(in|innen)?(s|es|n|en|e)?$`, 'u');
const FEMININE_HEADS = words(
  'anwältin ärztin vorständin königin prinzessin diplomatin mutter tochter schwester ehefrau witwe rätin großmutter notärztin staatsanwältin',
);

/**
 * Family words that are a title before a given name ("Oma Gertrud", "Onkel Heinz") only as whole
 * words: as heads they would end "Europa", "Aroma" or "Konstante".
 */
const FAMILY_TITLES = new Map<string, Gender | undefined>([
  ['oma', 'female'],
  ['opa', undefined],
  ['tante', 'female'],
  ['onkel', undefined],
  ['enkel', undefined],
  ['enkelin', 'female'],
  ['nichte', 'female'],
  ['neffe', undefined],
]);

function roleMatch(lower: string): RegExpExecArray | null {
  // "Bundeskanzler", "Außenministerin", "Sprechers": the word ends with a head, whole or compounded.
  const m = ROLE_PATTERN.exec(lower);
  if (!m) return null;
  const head = m[1] as string;
  const suffix = `${m[2] ?? ''}${m[3] ?? ''}`;
  // "Vorsitzende" takes no further "-e"; a bare "-e" fits only heads that decline with it ("Experte").
  if (suffix === 'e' && !/(?:ent|ist|ot|og|oge|at)$/.test(head)) return null;
  return m;
}

const SPEECH_VERBS = words(`sagte sagt sagten sagen gesagt erklärte erklärt erklärten betonte betont betonten fügte
  fügt meinte meint kritisierte kritisiert warnte warnt forderte fordert versprach verspricht räumte ergänzte
  ergänzt unterstrich bekräftigte erzählte erzählt berichtete berichtet schilderte schildert antwortete
  entgegnete kommentierte mahnte stellte teilte rief bilanzierte resümierte gab befand urteilte sprach spricht
  lobte lobt beklagte beklagt klagte klagt bemängelte bemängelt räumt sagt findet fand glaubt schrieb schreibt
  verkündete verkündet zitierte nannte nennt fragte fragt warf wirft erinnerte erinnert verwies verweist
  sekundierte bestätigte bestätigt bezeichnete bezeichnet appellierte appelliert versicherte versichert
  beteuerte beteuert konterte kontert widersprach widerspricht jubelte jubelt schwärmte schwärmt scherzte
  seufzte schimpfte schimpft ärgerte monierte moniert bedauerte bedauert begrüßte begrüßt begrüsste
  begrüsst mahnt warnt kündigte verteidigte verteidigt hob unterstrich gestand räumte sagen`);

const OPENERS =
  words(`der die das den dem des ein eine einer eines einem einen und oder aber doch denn sondern auch noch
    nach vor bei mit von aus zu zur zum im in am an auf für über unter gegen seit bis durch ohne um wegen trotz
    laut dem deren dessen dies diese dieser dieses jene jener man wir ihr sie er es ich du als wenn weil dass ob
    wie wo was wer so nun dann da damit dabei dazu jetzt heute gestern morgen bereits schon erst nur sehr mehr
    viele alle jeder jede jedes kein keine ganz besonders montag dienstag mittwoch donnerstag freitag samstag
    sonntag seine sein ihre ihr unser euer mein dein nachdem während zudem zunächst inzwischen allerdings
    später zuvor danach anschließend daraufhin schließlich zuletzt kürzlich damals stattdessen dennoch
    trotzdem deshalb außerdem jedoch ebenfalls gleichzeitig indes`);

/** Konjunktiv I forms of the verbs reported speech uses most, where no pronoun is beside them ("Man stehe"). */
const KONJUNKTIV = words(`sei seien habe werde könne müsse solle wolle dürfe möge gebe stehe liege gehe komme
  bleibe fehle brauche wisse lasse halte sehe`);

export const GERMAN: LanguageRules = {
  code: 'de',
  functionWords: words(
    'der die das und ist nicht ein eine einer einem einen eines zu zum zur den mit von dem des sich auf für im es sie er auch wird wurde werden hat haben sind war sei bei nach noch aus am um wie über dass kann soll man nur vor ihre seine diese dieser',
  ),
  noBreakAfter: words(
    'dr prof nr bzw ca vgl str z u d s st hl jh mio mrd inkl evtl ggf usw etc abs art bd dipl ing mag jun sen gen',
  ),
  ordinalDots: true,
  honorifics: new Map<string, Gender | undefined>([
    ['herr', 'male'],
    ['herrn', 'male'],
    ['frau', 'female'],
    ['dr', undefined],
    ['prof', undefined],
  ]),
  isRoleWord: (lower) => FAMILY_TITLES.has(lower) || roleMatch(lower) !== null,
  // German plurals change the stem ("Anwälte", "Stadträte"): no plural stands for a title here.
  isPluralRoleWord: () => false,
  roleGender: (lower) => {
    if (FAMILY_TITLES.has(lower)) return FAMILY_TITLES.get(lower);
    const m = roleMatch(lower);
    if (!m) return undefined;
    if (m[2] || FEMININE_HEADS.has(m[1] as string)) return 'female';
    return undefined;
  },
  capitalisedNouns: true,
  particles: words('von vom zu zur van der den de du ter ten ibn bin ben al el'),
  openers: OPENERS,
  definite: new Map<string, Gender | undefined>([
    ['der', 'male'],
    ['die', 'female'],
    ['des', undefined],
    ['dem', undefined],
    ['den', undefined],
  ]),
  // "einer" and "einem" are also other cases of the masculine or neuter: no gender.
  indefinite: new Map<string, Gender | undefined>([
    ['ein', undefined],
    ['eine', 'female'],
    ['einer', undefined],
    ['eines', undefined],
    ['einem', undefined],
    ['einen', 'male'],
  ]),
  // «…» is the agencies' form (dpa's wire copy), printed as sent by many German sites.
  quotePairs: new Map([
    ['„', ['“', '”']],
    ['»', ['«']],
    ['«', ['»']],
    ['“', ['”']],
  ]),
  isSpeechVerb: (lower) => SPEECH_VERBS.has(lower),
  auxiliaries: words('hat hatte haben hatten'),
  verbSecond: true,
  // "rechne sie", "er nehme": a present stem in "-e" beside "er"/"sie" is Konjunktiv I (the
  // indicative has "-t"; "-te" is the past).
  reportedSpeech: (lower, beside) =>
    KONJUNKTIV.has(lower) ||
    ((beside === 'er' || beside === 'sie') && /\p{Ll}{2}[^t]e$/u.test(lower) && !OPENERS.has(lower)),
  pronouns: new Map<string, Gender>([
    ['er', 'male'],
    ['sie', 'female'],
  ]),
  invertedPronoun: () => undefined,
  accordingTo: words('laut'),
  accordingToAfter: words('zufolge'),
  soAfterQuote: words('so'),
  organisationWords: words(`universität institut bank gewerkschaft partei verband verein stiftung gmbh ag se kg
    amt ministerium bundesrat bundestag landtag stadtrat gericht rundfunk stadtwerke bahn fc vfl sv tsv union
    klinik klinikum krankenhaus rat kommission agentur konzern polizei staatsanwaltschaft regierung behörde
    verwaltung unternehmen firma stadt gemeinde regierungspräsidium bezirksregierung landratsamt landgericht
    amtsgericht oberlandesgericht verwaltungsgericht verbraucherzentrale`),
  bylineOpeners: words('von aus mit'),
  bylinePossessives: words('unserem unserer unseren unser'),
  creditNouns: words('kommentar mitarbeit korrespondent korrespondentin korrespondenten fotos recherche'),
  // Every noun is capitalised: a building named after someone is a compound ("Goethe-Gymnasium").
  namedThingNouns: new Set(),
  countries: words(`deutschland frankreich italien spanien england schottland österreich schweiz polen ungarn
    dänemark schweden norwegen finnland island niederlande belgien kroatien serbien slowenien tschechien portugal
    griechenland türkei russland ukraine israel iran usa kanada mexiko china japan brasilien argentinien ägypten`),
  placePrepositions: words('in nach aus'),
};
