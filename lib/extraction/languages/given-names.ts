/**
 * Given names common in French- and German-language news (the countries' own, and those of the
 * people their news most often names), with the gender they usually state. A capitalised pair
 * such as "Emre Şahin" has no other mark of a person in German, where every noun is capitalised:
 * a known given name before it is that mark. A given name alone is never a person.
 */
import type { Gender } from './rule-table';

const MALE = `jean pierre paul jacques michel philippe alain bernard louis françois nicolas olivier christophe
  patrick thierry laurent éric eric stéphane david julien sébastien vincent frédéric antoine thomas romain
  guillaume mathieu matthieu maxime alexandre hugo lucas léo théo gabriel arthur raphaël jules adam nathan
  étienne henri gérard daniel claude marc yves rené hervé didier dominique bruno pascal emmanuel gilles
  benoît denis serge xavier yann yannick grégory cédric jérôme fabien arnaud damien florian kévin kevin
  karim mohamed mohammed ahmed ali omar youssef mehdi rachid farid moussa mamadou ibrahim khalid faisal hamad
  said saïd hassan hussein abdel abdullah samir nabil walid tarek amir emre mehmet mustafa murat ahmet hakan
  cem deniz burak kemal yusuf iñaki peio mikel unai jon josé juan carlos miguel antonio manuel javier pablo
  luis diego sergio marco luca giuseppe giovanni matteo andrea paolo francesco alessandro lorenzo
  friedrich wilhelm karl hans peter klaus jürgen wolfgang dieter günter manfred uwe rainer heinz horst
  werner gerhard helmut bernd frank stefan michael andreas thomas christian markus martin matthias
  jan jens jörg lars lutz lothar ralf rolf sven tim tobias torsten volker florian felix jonas leon lukas
  maximilian moritz niklas philipp sebastian simon timo tom clemens konstantin benedikt johannes georg
  josef franz ludwig otto hermann heinrich ernst fritz robert olaf armin norbert boris christoph dirk
  holger kai marcel nils oliver patrick ruud arjen wim joost pieter dmitri sergei vladimir volodymyr
  andriy oleksandr mykola rustem ivan igor nikolai alexei yuri mikhail boris emmanuel joe donald barack
  george bill john james richard charles edward henry william keir rishi boris olaf recep tayyip
  aurélien baptiste benjamin clément corentin florent jérémy ludovic mathis quentin rémi sylvain valentin
  adrien loïc mickaël michaël yanis rayan enzo kylian dennis hubert jannik konrad henrik ümit dominik fabian
  youenn gwendal erwan erwann ronan tugdual goulven brieuc maël gaël yoann yohann aurèle ghislain gaëtan
  cyril lionel régis rodolphe thibault thibaut tristan bastien gauthier anthony jordan dylan killian kelyan
  julian sascha steffen thorsten ulrich wolfram detlef eckhard urs reto`;

const FEMALE = `marie anne sophie catherine isabelle nathalie sylvie christine monique françoise valérie
  sandrine stéphanie céline julie aurélie camille léa chloé emma manon inès jade louise alice lina
  claire hélène élodie émilie mathilde pauline charlotte lucie laure laurence nadia fatima leïla samira
  amina aïcha yasmina josiane colette brigitte martine chantal annie agnès florence caroline delphine
  ségolène marine anne-sophie marie-claire ingrid
  anna angela annalena katrin ursula ulrike sabine petra birgit andrea claudia susanne stefanie karin
  monika gabriele renate helga ingrid brigitte heike kerstin silke nicole manuela jutta dagmar christiane
  henrike miriam nora yael lena laura julia sarah lisa hannah johanna katharina franziska theresa
  clara luisa marlene greta elena jelena olga natalia svetlana tatiana yulia oksana kaja ayşe fatma
  elif zeynep emine hatice esra merve giulia francesca chiara maria carmen ana lucía isabel kamala
  hillary nancy theresa margaret liz
  margaux océane élise justine marion audrey virginie karine corinne véronique bénédicte sabrina yasmine
  christelle maïwenn soizic katell armelle gwenaëlle maëlys anaëlle ghislaine bérangère nadège muriel murielle
  évelyne odile mireille jacqueline danielle geneviève patricia estelle séverine cécile amandine anaïs
  emmanuelle laëtitia magali myriam noémie ophélie perrine sylviane josette francine
  erika nina verena svenja hanna gülay anja britta doris elke gisela ilse inge nadine sandra tanja vanessa
  wiebke maëlle gaëlle nolwenn solène clémence mélanie morgane béatrice`;

const list = (text: string) => text.split(/\s+/).filter(Boolean);

const GIVEN = new Map<string, Gender | undefined>();
for (const name of list(MALE)) GIVEN.set(name, 'male');
for (const name of list(FEMALE)) GIVEN.set(name, GIVEN.has(name) ? undefined : 'female');

/** Whether a word is a known given name; the gender it states, when it states one. */
export function givenName(word: string): { gender?: Gender } | undefined {
  const lower = word.toLowerCase();
  if (!GIVEN.has(lower)) {
    // "Jean-Baptiste", "Hans-Peter": a compound given name is known by its first part.
    const first = lower.split('-')[0] as string;
    if (first === lower || !GIVEN.has(first)) return undefined;
    const gender = GIVEN.get(first);
    return gender ? { gender } : {};
  }
  const gender = GIVEN.get(lower);
  return gender ? { gender } : {};
}
