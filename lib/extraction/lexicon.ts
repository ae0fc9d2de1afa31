/**
 * The closed word lists the extraction rules lean on: honorifics, titles and role nouns, speech
 * verbs, organisation suffixes, calendar words. They are English journalism's own conventions
 * (AP/Reuters/BBC style), not names: no list here may hold a person, place or organisation taken
 * from a page, so that the rules generalise to articles they were never tuned on.
 * Every word is stored lower-case; callers compare `word.toLowerCase()`.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Courtesy titles written before a name: "Mr. Umerov", "Ms Kallas", "Dr Iyer", "Madam Goh". */
export const HONORIFICS = words(`
  mr mrs ms miss mx dr sir dame lord lady prof rev fr messrs mme mlle herr frau madam
`);

/**
 * Nouns of an appositive that comments on its clause, not on the name before it ("cleared Ann Lee,
 * a verdict few expected"; "backed Sara Quist, a result that stunned pollsters"): never a role.
 * Nouns that also qualify a job ("a record producer", "a loss adjuster", "a first officer") are left out.
 */
export const CLAUSE_COMMENTS = words(`
  verdict result outcome decision ruling move setback blow boost victory defeat surprise reversal
  twist coup milestone feat breakthrough concession rarity
`);

/**
 * Nouns that head a role or title ("spokesman", "Foreign Minister", "chief executive", the
 * abbreviated ranks of "Rear Adm.", "Sgt. Maj."). A role is only reported when one of these is in
 * it: modifiers alone ("former", "senior") are not a role.
 */
export const ROLE_HEADS = words(`
  president vice-president president-elect premier chancellor minister secretary secretary-general
  senator congressman congresswoman congressperson representative rep sen gov governor mayor
  councillor councilman councilwoman lawmaker legislator mp mep speaker ambassador envoy diplomat
  consul attache delegate negotiator spokesman spokeswoman spokesperson spokespeople aide adviser
  advisor counsellor counselor chief head leader chair chairman chairwoman chairperson director
  executive ceo cfo coo cto cio cmo founder co-founder cofounder owner partner principal manager
  officer official commissioner administrator superintendent inspector detective constable sergeant
  sgt lieutenant lt captain capt commander colonel col general gen admiral marshal brigadier
  corporal soldier king queen prince princess emperor empress sultan emir sheikh pope
  cardinal bishop archbishop priest pastor rabbi imam cleric professor lecturer researcher
  scientist economist analyst strategist historian expert fellow scholar student teacher
  principal dean provost rector editor editor-in-chief reporter correspondent journalist columnist
  writer author novelist poet critic publisher producer director actor actress singer musician
  artist designer architect engineer developer programmer inventor entrepreneur investor banker
  trader lawyer attorney barrister solicitor judge justice prosecutor magistrate coroner doctor
  physician surgeon nurse psychologist epidemiologist coach player captain striker goalkeeper
  manager skipper fisherman farmer chef pilot activist campaigner organiser organizer candidate
  nominee challenger incumbent president vp svp evp treasurer comptroller auditor
  lobbyist consultant broker agent deputy undersecretary attorney-general mayor-elect governor-elect
  commentator presenter host anchor blogger curator researcher physicist chemist biologist
  mathematician astronaut photographer spokesperson caretaker steward vicar chaplain
  wife husband son daughter father mother brother sister uncle aunt nephew niece cousin grandson
  granddaughter grandfather grandmother grandchild widow widower fiance fiancee boyfriend girlfriend
  friend colleague spouse stepson stepdaughter stepfather stepmother
  cllr insp supt dci dcs gp msp mla sheriff trooper headteacher headmaster headmistress
  cr commodore parent grandparent mum dad grandad gran winger
  peer rapper mc dj democrat republican
  councilor alderman alderwoman councilmember kaumātua kaumatua
  adm maj brig cmdr cpl
`);

/**
 * Titles abbreviated with a full stop before a name ("Gov. Robert Haines", "Sen. Ruth Calloway",
 * "Det. Insp. Rowe"): the stop does not end the run of the name, and the title stays its role.
 */
export const TITLE_ABBREVIATIONS = words(`
  gov sen rep lt gen col capt sgt cpl det insp supt cmdr adm maj brig cllr cr
`);

/**
 * Nouns that state what a person is in an appositive or before the name ("a forester, Roger
 * Blight", "Ellison, a junior guard", "One resident, Edith Carne"), but that also begin the names
 * of things when capitalised ("Guard Bridge", "Centre Court"): never cut from a capitalised run.
 */
const ROLE_NOUNS = words(`
  counsel defendant claimant plaintiff ranger warden master harbourmaster apprentice trainee intern
  resident neighbour neighbor volunteer worker employee landlord tenant proprietor shopkeeper
  publican builder boatbuilder carpenter electrician plumber mechanic forester gamekeeper sailor
  fisherwoman midwife paramedic firefighter pharmacist dentist vet carer therapist specialist
  consultant neurologist cardiologist oncologist psychiatrist co-author coauthor guard forward
  centre center midfielder defender winger quarterback pitcher shortstop bowler batsman jockey
  referee umpire golfer cyclist sprinter swimmer boxer footballer cricketer co-star bridesmaid
  protester protestor demonstrator bystander witness passer-by forecaster meteorologist
  prop hooker lock flanker fly-half scrum-half full-back fullback wing-back centre-back playmaker
  driver rancher
  opener batter spinner seamer wicketkeeper keeper all-rounder
  pensioner retiree farmhand labourer laborer clerk seamstress cellist violinist pianist
`);

/** A word that heads a role: a title (ROLE_HEADS) or a role noun (ROLE_NOUNS). */
export function isRoleWord(lower: string): boolean {
  return ROLE_HEADS.has(lower) || ROLE_NOUNS.has(lower);
}

/**
 * "the statistician", "the epidemiologist", "the economist": a profession no list holds whole,
 * read by its ending where a determiner has already made it a common noun ("the statistician
 * said"), never to find a title before a name.
 */
export function isOccupationNoun(lower: string): boolean {
  return isRoleWord(lower) || /^\p{Ll}{3,}(?:ician|ologist|ographer|ist)$/u.test(lower);
}

/**
 * Endings of compounds that name a trade or a standing among others, written as one word
 * ("binman", "crewmate", "shareholder", "beekeeper"): tabloids coin them freely, so no list holds
 * them all. Surnames end the same way (Chapman, Shoemaker), so only a word printed in lower case
 * may be read by its ending; three letters before it leave "woman" and "human" out.
 */
const ROLE_COMPOUND = /^\p{Ll}{3,}(?:man|woman|mate|worker|keeper|holder|maker|driver|fighter)$/u;

/** Counts a family role is "of" in tabloid style: "Dad-of-three", "mother-of-two". */
const OF_COUNT = /-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)$/;

/**
 * A role word as printed, with what news copy builds around one: a family role's degree
 * ("great-grandfather", "half-sister"), a tabloid's count ("Dad-of-three", "mum-of-two"), or, in
 * lower case, a compound with a trade's ending ("binman", "crewmate"); and a title known only by
 * its capitals ("MS").
 */
export function isBuiltRoleWord(printed: string, adjective = false): boolean {
  // "the Ceredigion MS": a Member of the Senedd, in capitals; "Ms" is a courtesy title.
  if (printed === 'MS') return true;
  const lower = printed.toLowerCase();
  const bare = lower.replace(/^(?:great-)+|^half-/, '').replace(OF_COUNT, '');
  if (bare !== lower && isRoleWord(bare)) return true;
  // "ultimate" ends like "crewmate": a word the sentence uses as an adjective is no compound noun.
  return printed === lower && !adjective && ROLE_COMPOUND.test(lower);
}

/**
 * Capitalised words that stand inside a title before a name without heading it ("Foreign" in
 * "Foreign Minister", "Prime", "Deputy"); with a head they make a title, alone they do not.
 */
export const TITLE_MODIFIERS = words(`
  foreign defence defense interior home finance justice health trade economy economic energy
  education culture cultural transport environment agriculture labour labor prime vice deputy
  acting interim former ex first second chief senior junior lead special general attorney state
  executive national security assistant associate principal managing supreme high grand
  federal regional foreign-policy policy press communications political military top
  district circuit appeals deputy-chief elect co det ch shadow
`);

/** Verbs that report speech: the anchor of a quote's attribution. */
export const SPEECH_VERBS = words(`
  said says say saying told tells tell telling added adds adding stated states stating
  explained explains explaining argued argues arguing noted notes noting insisted insists insisting
  claimed claims claiming warned warns warning wrote writes writing asked asks asking acknowledged
  acknowledges acknowledging admitted admits admitting declared declares declaring
  continued continues continuing replied replies replying responded responds responding
  announced announces announcing recalled recalls recalling remarked remarks remarking
  suggested suggests suggesting stressed stresses stressing emphasized emphasised emphasizes
  emphasises emphasizing emphasising called calls calling described describes describing
  tweeted tweets tweeting posted posts concluded concludes concluding conceded concedes conceding
  accused accuses accusing complained complains complaining pledged pledges pledging
  promised promises promising
  countered counters countering observed observes observing agreed agrees agreeing
  predicted predicts predicting reiterated reiterates reiterating confirmed confirms confirming
  urged urges urging joked jokes joking quipped quips vowed vows vowing
  laughed laughs sighed sighs revealed reveals boasted boasts
`);

/** Of SPEECH_VERBS, the participles that take the sentence's subject: "…, stating that …". */
export function isParticiple(verb: string): boolean {
  return verb.endsWith('ing');
}

/** Last words that make a capitalised run an organisation: "Stanford University", "Apple Inc". */
export const ORG_SUFFIXES = words(`
  inc inc. corp corp. corporation co co. ltd ltd. llc plc gmbh ag sa nv lp llp company companies
  group holdings partners party ministry department university college institute institution
  academy school association council commission committee agency bank fund foundation trust
  center centre union organization organisation office court tribunal times news post journal
  press herald tribune gazette network networks service services board authority federation league
  club team airlines airways motors systems technologies technology labs laboratories research
  hospital clinic museum church army navy forces police parliament congress senate assembly house
  administration embassy consulate coalition alliance movement front brigade corps guard opposition
  commission bureau cabinet government exchange reserve society studios entertainment media
  pharmaceuticals industries enterprises capital ventures securities insurance brokerage
  estates properties developments gallery galleries library theatre theater stadium arena
  force hotel rail water nutrition foods energy utilities mart
  rovers athletic wanderers albion rangers united hotspur
`);

/**
 * Common nouns for organisations, as news copy puts them before or after a name ("the charity
 * Memory Matters", "Brightwater, the grocery chain,"): never a person's role.
 */
export const ORG_NOUNS = words(`
  company companies firm charity chain retailer grocer supermarket bank lender insurer airline
  manufacturer maker automaker carmaker startup start-up brand publisher broadcaster newspaper
  agency union regulator watchdog thinktank think-tank nonprofit non-profit group conglomerate
  subsidiary operator provider supplier distributor club team party council trust campaign
  website platform outlet magazine studio label consultancy partnership cooperative co-op
  society association organisation organization body authority department ministry force
  bakery shop store cafe café restaurant pub hotel takeaway brewery winery distillery
  board commission committee practice
`);

/**
 * Common nouns for places of business that copy capitalises as a venue's name ("the Diner on Main
 * Street", "the Pub"): alone after "the", a description, not the name of an institution.
 */
export const VENUE_NOUNS = words(`
  diner cafe café pub bar grill inn tavern deli bistro bakery restaurant hotel motel shop store
  market mall library gym salon garage cinema
`);

/** Capitalised first words that begin an organisation's name with "of": "University of Oxford". */
export const ORG_HEADS = words(`
  university college institute ministry department bank office court council commission board
  school academy museum church league federation union association agency secretariat house
`);

/**
 * Letters after a name that state an office or an honour ("Róisín McAleese TD", "Jane Smith MP",
 * "Sir John Doe KC"): never part of the name. Compared as printed, in capitals.
 */
export const POST_NOMINALS = new Set('TD MP MS MSP MLA MEP MHK KC QC SC JP OBE MBE CBE KBE DBE CH OM FRS'.split(' '));

/**
 * First words that make the rest of a capitalised run the name of a storm or a ship, never a
 * person's: "Hurricane Delia", "Storm Fionnlagh", "Cyclone Ruby", "MV Flora MacDonald".
 */
export const NAMED_THING_PREFIXES = words(`
  hurricane cyclone typhoon storm tornado mv hms hmas hmnzs hmcs uss rv
`);

/**
 * First words of the names of Māori iwi and hapū ("Ngāti Kahu", "Ngāi Tahu": "descendants of"),
 * which New Zealand copy prints like people's names: an organisation's name, never a person's.
 */
export const COLLECTIVE_PREFIXES = words(`
  ngāti ngati ngāi ngai
`);

/** Calendar words: capitalised in English but never a name here. */
export const CALENDAR = words(`
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  christmas easter ramadan eid hanukkah thanksgiving halloween
`);

/**
 * Academic degrees, capitalised in mixed case ("a PhD student", "her MSc"): never a name, however
 * compromise reads them.
 */
export const DEGREES = words(`
  phd dphil mphil msc bsc mba llb llm
`);

/** Particles inside a name, written lower-case: "Osama bin Laden", "Ursula von der Leyen". */
export const NAME_PARTICLES = words(`
  bin ibn al el van von der den de da di du del della dos das le la ter ten
`);

/** Pronouns that can stand for the last named speaker ("…,” he added). */
export const SPEAKER_PRONOUNS = words(`he she they`);

/**
 * Capitalised words that open sentences and never start a name ("But Obama said"), connectives
 * and adverbs of time among them: compromise may read "Later Berg" as one proper noun.
 */
export const SENTENCE_OPENERS = words(`
  a an the this that these those it its he she they we i you his her their our my your
  but and or so yet if when while as at in on of for from to with by after before since until
  however meanwhile still then there here also now today yesterday tomorrow why how what where who
  despite although though because unlike like among between during outside inside about over under
  according analysts officials critics some many most all both each every other another no not
  read related watch listen advertisement more see photo video
  later earlier afterwards afterward subsequently instead separately eventually initially finally
  previously recently again otherwise nevertheless nonetheless moreover furthermore besides thus hence
  therefore likewise similarly overnight tonight elsewhere
`);
