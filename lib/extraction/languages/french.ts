/**
 * French news copy: « » quotes, "a déclaré X" / "a-t-il ajouté" after a quote, "selon X",
 * "M."/"Mme", lower-case titles ("le ministre de l'Économie, X"), particles ("de", "du", "de la",
 * "Le" in "Le Floch"). Role words carry their feminine forms; the quote verbs are generated from
 * their stems so that every tense news copy uses ("déclare", "a déclaré", "déclarait") is read.
 */
import type { Gender, LanguageRules } from './rule-table';

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Role nouns, masculine and feminine; a role is always one of these (never guessed). */
const ROLE_WORDS = words(`
  ministre président présidente porte-parole député députée sénateur sénatrice maire directeur directrice
  pdg président-directeur secrétaire délégué déléguée préparateur préparatrice commandant capitaine général
  colonel lieutenant adjudant sergent entraîneur entraîneuse sélectionneur sélectionneuse joueur joueuse ailier
  demi pilier talonneur arrière gardien attaquant attaquante défenseur défenseure buteur buteuse chercheur
  chercheuse professeur professeure économiste médiateur médiatrice avocat avocate juge procureur procureure
  préfet préfète conseiller conseillère rapporteur rapporteure chef cheffe responsable fondateur fondatrice
  cofondateur cofondatrice patron patronne dirigeant dirigeante gérant gérante pédiatre médecin infirmier
  infirmière chirurgien chirurgienne spécialiste analyste historien historienne sociologue politologue
  ambassadeur ambassadrice diplomate journaliste écrivain écrivaine auteur autrice acteur actrice chanteur
  chanteuse syndicaliste militant militante mère père épouse mari frère sœur agriculteur agricultrice
  ouvrier ouvrière salarié salariée élu élue adjoint adjointe coordinateur coordinatrice commissaire
  policier policière gendarme pompier ingénieur ingénieure vice-président vice-présidente coauteur coautrice
  trésorier trésorière présentateur présentatrice envoyé envoyée négociateur négociatrice gouverneur
  chancelier chancelière premier-ministre sous-préfet recteur rectrice doyen doyenne architecte urbaniste
  enseignant enseignante instituteur institutrice psychiatre psychologue épidémiologiste virologue
  climatologue physicien physicienne biologiste vétérinaire pharmacien pharmacienne capitaine-adjoint
  manager coach arbitre athlète nageur nageuse cycliste pilote skipper technicien technicienne compagne compagnon
  bourgmestre échevin échevine homologue retraité retraitée éditeur éditrice traducteur traductrice scénariste
  dessinateur dessinatrice illustrateur illustratrice réalisateur réalisatrice producteur productrice cinéaste
  comédien comédienne romancier romancière photographe musicien musicienne lauréat lauréate étudiant étudiante
  habitant habitante voisin voisine commerçant commerçante agent agente inspecteur inspectrice brigadier
  lieutenante colonelle générale intendant intendante sous-préfète vice-présidente directeur-général
  administrateur administratrice gestionnaire consultant consultante expert experte juriste magistrat magistrate
  socialiste écologiste communiste centriste conseiller-maire adjointe-maire bâtonnier bâtonnière greffier greffière notaire ministre-président
  liquidateur liquidatrice mandataire administrateur-judiciaire huissier huissière
  peintre sculpteur sculptrice marchand marchande collectionneur collectionneuse conservateur conservatrice galeriste
  vigneron vigneronne viticulteur viticultrice éleveur éleveuse maraîcher maraîchère proviseur proviseure
  lycéen lycéenne curé prêtre évêque archevêque pasteur pasteure imam rabbin abbé abbesse moine moniale diacre aumônier
  eurodéputé eurodéputée candidat candidate haut-commissaire haute-commissaire
  principal principale collègue matelot marin pêcheur pêcheuse mareyeur mareyeuse armateur armatrice
`);

/**
 * "entraîneur-chef", "médecin-chef", "directrice-adjointe": a hyphenated compound is a role when its
 * first part is one (the list keeps the compounds whose first part is none, "porte-parole").
 */
function roleHead(lower: string): string {
  if (ROLE_WORDS.has(lower)) return lower;
  // "ex-ministre de l’Intérieur", "ex-présidente": a former holder's title.
  if (lower.startsWith('ex-')) return roleHead(lower.slice(3));
  const first = lower.split('-')[0] as string;
  return first !== lower && ROLE_WORDS.has(first) ? first : lower;
}

function isRole(lower: string): boolean {
  return ROLE_WORDS.has(roleHead(lower));
}

/** Feminine endings; "-e" alone is feminine only where the list has the masculine ("présidente"). */
const FEMININE_ROLES = /(?:trice|euse|ière|ienne|esse|cheffe)$/;

/**
 * Stems of the verbs of speech in the first group (-er), conjugated below. Verbs whose stem takes a
 * grave accent before a silent ending ("répète", "espère") list those forms among the others.
 */
const SPEECH_STEMS = `déclar affirm ajout expliqu indiqu estim assur soulign précis confi lanc martel regrett rappel
  insist dénonc témoign racont confirm annonc jug comment résum gliss tranch ironis observ not relev déplor
  raill lâch souffl avou dévoil protest tempêt fustig interrog demand résum poursuiv répét plaid savour emport
  exclam indign félicit soupir répliqu tonn amus salu rétorqu ajout alert avert regrett reproch résum souhait
  espér rassur tempér nuanc concéd concéd prévien détaill argument plaisant rigol lament inquiét réjou
  étonn agac fulmin grinc insurg offusqu désol enthousiasm alarm`;
// "-ant": "tout en rappelant que « … »", "en précisant que".
const FIRST_GROUP_ENDINGS = ['e', 'es', 'ent', 'é', 'ée', 'ait', 'aient', 'a', 'ant'];
const OTHER_SPEECH_FORMS = `dit dis dire disait répond répondu répondit répondait reconnaît reconnaissait reconnu
  sourit souri souriait poursuit poursuivi poursuivait conclut conclu admet admis prévient prévenu avertit
  averti écrit écrivait estime appelé appelle appelait réagi réagit promet promis promettait
  souligné soutient soutenu maintient maintenu prédit prédisait reconnaît convient convenu interrompt
  réjouit réjoui réjouissait décrit décrivait décrivent décrire
  répète répètent espère espèrent concède concèdent inquiète inquiètent`;

const SPEECH_VERBS = new Set<string>([
  ...SPEECH_STEMS.split(/\s+/)
    .filter(Boolean)
    .flatMap((stem) => FIRST_GROUP_ENDINGS.map((e) => stem + e)),
  ...words(OTHER_SPEECH_FORMS),
]);

export const FRENCH: LanguageRules = {
  code: 'fr',
  functionWords: words(
    'le la les de des du un une et est que qui pour dans sur pas au aux ne il elle a ont été avec par ce cette son sa ses plus se leur',
  ),
  noBreakAfter: words('m mme mlle mm me dr pr mgr st ste av bd cf etc env p n° no vol réf'),
  ordinalDots: false,
  honorifics: new Map<string, Gender | undefined>([
    ['m', 'male'],
    ['mm', undefined],
    ['mme', 'female'],
    ['mlle', 'female'],
    ['me', undefined],
    ['dr', undefined],
    ['pr', undefined],
    ['mgr', 'male'],
    // A Benedictine or Cistercian monk's title: "le père abbé, dom Bernard X", then "Dom Bernard".
    ['dom', 'male'],
  ]),
  isRoleWord: (lower) => isRole(lower),
  isPluralRoleWord: (lower) => /[^s]s$/.test(lower) && isRole(lower.slice(0, -1)),
  roleGender: (lower) => {
    if (!isRole(lower)) return undefined;
    const head = roleHead(lower);
    if (head !== lower) return FRENCH.roleGender(head);
    // "capitaine", "ministre", "juge": an "-e" that is no feminine ending states no gender.
    if (FEMININE_ROLES.test(lower) || (lower.endsWith('e') && ROLE_WORDS.has(lower.slice(0, -1)))) return 'female';
    return undefined;
  },
  capitalisedNouns: false,
  particles: words("de du des d' la le ibn bin ben al el van von"),
  openers: words(`le la les l un une des du de d au aux à en dans sur sous pour par avec sans selon d'après après avant
    depuis pendant mais et ou donc or ni car puis ensuite enfin alors ainsi aussi même encore déjà toujours jamais
    ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes il elle ils elles on nous vous je tu
    lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui demain côté chez lors grâce face près
    quant outre parmi vers contre entre malgré comme si quand lorsque tandis bien plus moins très tout tous toute
    toutes aucun aucune chaque plusieurs certains certaines autre autres quelque derrière devant auprès dès durant
    hors via entre-temps désormais auparavant finalement récemment cependant pourtant toutefois néanmoins
    également ultérieurement`),
  definite: new Map<string, Gender | undefined>([
    ['le', 'male'],
    ['la', 'female'],
    ["l'", undefined],
    ['son', undefined],
    ['sa', 'female'],
    ['leur', undefined],
  ]),
  indefinite: new Map<string, Gender | undefined>([
    ['un', 'male'],
    ['une', 'female'],
  ]),
  quotePairs: new Map([
    ['«', ['»']],
    ['“', ['”']],
  ]),
  isSpeechVerb: (lower) => SPEECH_VERBS.has(lower),
  // "est" and "était" for reflexive verbs: "», s'est-elle indignée", "s'est exclamé X".
  auxiliaries: words('a avait ont avaient aura est était'),
  verbSecond: false,
  reportedSpeech: () => false,
  pronouns: new Map<string, Gender>([
    ['il', 'male'],
    ['elle', 'female'],
    // "Selon lui, « … »": the stressed form after "selon"/"pour".
    ['lui', 'male'],
  ]),
  invertedPronoun: (word) => {
    const m = /^(\p{L}+)-(?:t-)?(il|elle)$/u.exec(word.toLowerCase());
    return m ? { verb: m[1] as string, pronoun: m[2] as string } : undefined;
  },
  accordingTo: words("selon d'après pour"),
  accordingToAfter: new Set(),
  soAfterQuote: words('selon'),
  organisationWords: words(`université institut banque cour conseil assemblée sénat ministère parti syndicat
    association fédération fondation compagnie société groupe agence office centre hôpital caisse commission
    union stade club tribunal préfecture mairie académie observatoire inserm cnrs sncf police gendarmerie parquet
    gouvernement direction entreprise ville région département communauté comité chambre collectivité rectorat
    maison meubles établissements ets transports éditions laboratoires brasserie boulangerie fromagerie
    imprimerie menuiserie garage domaine comté`),
  bylineOpeners: words('par de'),
  bylinePossessives: words('notre nos'),
  creditNouns: words('correspondant correspondante correspondants envoyé envoyée collaboration éditorial'),
  namedThingNouns: words(`lycée lycées collège collèges école écoles rue avenue boulevard place quai stade gare église
    hôpital salle parc pont musée théâtre cinéma médiathèque bibliothèque gymnase piscine square allée impasse
    groupe maison marque enseigne`),
  countries: words(`france allemagne italie espagne angleterre écosse autriche suisse pologne hongrie danemark
    suède norvège finlande islande belgique croatie serbie slovénie portugal grèce turquie russie ukraine israël
    iran canada mexique chine japon brésil argentine égypte maroc algérie tunisie sénégal`),
  placePrepositions: words('à en au aux vers depuis'),
};
