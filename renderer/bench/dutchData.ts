// Runs in: renderer.
//
// Word lists for the benchmark's generated vaults: Dutch, Frisian, Turkish, Moroccan and
// Polish names as they occur in Dutch schools (with the diacritics and the ĳ digraph that the
// search must fold), organisations of the sociale kaart, and sentences of the kind an intern
// begeleider writes. Realistic text matters: search speed depends on token counts and lengths.

export const FIRST_NAMES: readonly string[] = [
  'Zoë',
  'Noah',
  'Emma',
  'Daan',
  'Sem',
  'Julia',
  'Mila',
  'Luuk',
  'Tess',
  'Liam',
  'Fenna',
  'Lotte',
  'Mohamed',
  'Ayoub',
  'Yara',
  'Sara',
  'Noor',
  'Anouk',
  'Bram',
  'Thijs',
  'Chloë',
  'Joëlle',
  'Raphaël',
  'Anaïs',
  'Maëlle',
  'Ilse',
  'Esmée',
  'Renée',
  'André',
  'Ömer',
  'Elif',
  'Zeynep',
  'Çağla',
  'Ayşe',
  'Mehmet',
  'Aziz',
  'Fatima',
  'Amira',
  'Oliwia',
  'Jakub',
  'Wiktoria',
  'Ruben',
  'Finn',
  'Jesse',
  'Sophie',
  'Hüseyin',
  'Gülşen',
  'Björn',
  'Lieke',
  'Sietske',
  'Wietse',
  'Jelle',
  'Femke',
  'Siem',
  'Jayden',
  'Ryan',
  'Nadia',
  'Imane',
  'Bilal',
  'Youssef',
  'Hiba',
  'Lina',
  'Eva',
  'Saar',
  'Isa',
  'Guus',
  'Teun',
  'Floor',
  'Roos',
  'Jasmijn',
];

/** [tussenvoegsel, lastName]; the tussenvoegsel is empty for most names. */
export const SURNAMES: readonly (readonly [string, string])[] = [
  ['', 'Jansen'],
  ['', 'Özdemir'],
  ['', 'Ĳsselstein'],
  ['', 'Şahin'],
  ['de', 'Vries'],
  ['van der', 'Berg'],
  ['van', 'Dijk'],
  ['de', 'Jong'],
  ['', 'Bakker'],
  ['van den', 'Broek'],
  ['ter', 'Horst'],
  ['', 'Kılıç'],
  ['', 'Yılmaz'],
  ['', 'El Amrani'],
  ['', 'Çelik'],
  ['', 'Nowak'],
  ['', 'Wiśniewski'],
  ['van', 'Beek'],
  ['', 'Smit'],
  ['', 'Meijer'],
  ['', 'Mulder'],
  ['de', 'Boer'],
  ['', 'Visser'],
  ['van der', 'Meer'],
  ['', 'Hendriks'],
  ['', 'Dekker'],
  ['van', 'Leeuwen'],
  ['', 'Brouwer'],
  ['de', 'Groot'],
  ['', 'Gerritsen'],
  ['', 'Bosman'],
  ["in 't", 'Veld'],
  ['', 'Hoekstra'],
  ['', 'Postma'],
  ['', 'Nijhuis'],
  ['', 'Oosterveld'],
  ['', 'Lammers'],
  ['', 'Bennani'],
  ['', 'Haddou'],
  ['', 'Aydın'],
  ['', 'Doğan'],
  ['', 'Kowalczyk'],
  ['', 'Wijnholds'],
  ['van', 'Ĳzendoorn'],
  ['', 'Groenewoud'],
  ['', 'Kuipers'],
  ['te', 'Brake'],
  ['', 'Schuurman'],
  ['', 'Wolters'],
  ['', 'Heijink'],
];

export const PARENT_FIRST_NAMES: readonly string[] = [
  'Marieke',
  'Sanne',
  'Ingrid',
  'Petra',
  'Hatice',
  'Fatma',
  'Naima',
  'Khadija',
  'Agnieszka',
  'Joost',
  'Erik',
  'Mark',
  'Hasan',
  'Mustafa',
  'Rachid',
  'Piotr',
  'Kees',
  'Henk',
  'Anneloes',
  'Gerrit',
  'Sevda',
  'Dilek',
  'Janneke',
  'Wouter',
  'Martijn',
  'Loes',
];

/** Municipalities with their postcode areas (inclusive ranges), in Twente and the Achterhoek. */
export const MUNICIPALITIES: readonly {
  readonly name: string;
  readonly from: number;
  readonly to: number;
}[] = [
  { name: 'Enschede', from: 7511, to: 7547 },
  { name: 'Hengelo', from: 7550, to: 7559 },
  { name: 'Haaksbergen', from: 7480, to: 7483 },
  { name: 'Oldenzaal', from: 7570, to: 7577 },
  { name: 'Losser', from: 7580, to: 7588 },
  { name: 'Borne', from: 7620, to: 7623 },
  { name: 'Doetinchem', from: 7000, to: 7011 },
  { name: 'Winterswijk', from: 7100, to: 7109 },
  { name: 'Oost Gelre', from: 7130, to: 7137 },
  { name: 'Aalten', from: 7120, to: 7122 },
  { name: 'Berkelland', from: 7270, to: 7275 },
];

export const ORGANISATION_TEMPLATES: readonly {
  readonly kind:
    | 'ondersteuningsteam'
    | 'wijkteam'
    | 'ggd-jgz'
    | 'leerplicht'
    | 'smw'
    | 'samenwerkingsverband'
    | 'veilig-thuis'
    | 'other';
  readonly name: string;
  readonly roles: readonly string[];
}[] = [
  {
    kind: 'wijkteam',
    name: 'Sociaal wijkteam',
    roles: ['wijkcoach', 'gezinscoach', 'jeugdconsulent'],
  },
  {
    kind: 'ggd-jgz',
    name: 'GGD Jeugdgezondheidszorg',
    roles: ['jeugdverpleegkundige', 'jeugdarts', 'doktersassistente'],
  },
  {
    kind: 'leerplicht',
    name: 'Bureau Leerplicht',
    roles: ['leerplichtambtenaar', 'RMC-consulent'],
  },
  { kind: 'smw', name: 'Schoolmaatschappelijk werk', roles: ['schoolmaatschappelijk werker'] },
  {
    kind: 'ondersteuningsteam',
    name: 'Ondersteuningsteam',
    roles: ['OT-medewerker', 'orthopedagoog', 'coördinator'],
  },
  {
    kind: 'samenwerkingsverband',
    name: 'Samenwerkingsverband',
    roles: ['zorgcoördinator', 'consulent passend onderwijs'],
  },
  { kind: 'veilig-thuis', name: 'Veilig Thuis', roles: ['aandachtsfunctionaris', 'consulent'] },
  { kind: 'other', name: 'Praktijk voor logopedie', roles: ['logopedist'] },
  {
    kind: 'other',
    name: 'Kinder- en jeugdpsychologie',
    roles: ['GZ-psycholoog', 'kinderpsychiater'],
  },
];

export const SIGNAL_DESCRIPTIONS: readonly string[] = [
  'Leerkracht maakt zich zorgen over het welbevinden: trekt zich terug in de klas en speelt in de pauze alleen.',
  'Sinds de herfstvakantie regelmatig te laat en twee keer ongeoorloofd verzuim; moeder geeft aan dat ochtenden thuis lastig zijn.',
  'Opvallend achteruitgegaan in rekenen en begrijpend lezen; vermoeden van dyslexie, onderzoek nog niet aangevraagd.',
  'Conflicten op het schoolplein, slaat andere kinderen bij frustratie. Ouders herkennen het gedrag van thuis.',
  'Klaagt vaak over buikpijn en hoofdpijn, vooral op maandag. Mogelijk angstklachten; schoolweigering dreigt.',
  'Vader is sinds kort uit huis; kind is verdrietig en vertelt in de kring over ruzies thuis.',
  'Komt zonder ontbijt en met te dunne kleding naar school; financiële zorgen in het gezin vermoed.',
  'Wordt gepest in de groepsapp; ouders hebben dit gemeld bij de mentor.',
  'Spraak-taalontwikkeling blijft achter; logopedie is gestopt na verhuizing.',
  'Erg beweeglijk en snel afgeleid, werk komt niet af; ouders vragen om advies over een onderzoek naar ADHD.',
];

export const HULPVRAGEN: readonly string[] = [
  'Hoe krijgen we zicht op wat er thuis speelt en wat het kind nodig heeft om weer met plezier naar school te gaan?',
  'Welke ondersteuning in de klas en thuis helpt om het verzuim terug te dringen?',
  'Is aanvullend onderzoek nodig en wie vraagt het aan?',
  'Hoe stemmen school, ouders en het wijkteam de aanpak op elkaar af?',
  'Wat heeft de leerkracht nodig om het gedrag in de groep te begeleiden?',
  '',
];

export const ENTRY_SENTENCES: readonly string[] = [
  'Gesprek gehad met moeder en de leerkracht; afgesproken dat we over zes weken evalueren.',
  'De jeugdverpleegkundige van de GGD heeft het kind gezien en adviseert een huisbezoek.',
  'Ouders geven toestemming om de casus op naam te bespreken in het zorgteam.',
  'In het ZAT besproken: de coördinator van het ondersteuningsteam neemt contact op met het sociaal wijkteam.',
  'Leerplicht is geïnformeerd over het verzuim; er volgt een preventief gesprek.',
  'De orthopedagoog heeft een observatie in de klas gedaan. Het kind werkt beter met een vaste plek en korte opdrachten.',
  'Terugkoppeling van het wijkteam ontvangen: het gezin krijgt ondersteuning bij de financiën.',
  'Afspraak: de mentor houdt wekelijks een kort gesprekje en noteert hoe het gaat.',
  'Vader was niet bij het gesprek; de IB’er stuurt hem een samenvatting.',
  'De logopedist ziet vooruitgang in de woordenschat; oefenen thuis gaat wisselend.',
  'Aanmelding bij het ondersteuningsteam is verstuurd met het groeidocument en het verslag van het driehoeksoverleg.',
  'Het kind zegt zelf dat het zich veiliger voelt sinds de nieuwe afspraken in de pauze.',
  'Er is een plan opgesteld met doelen voor de leefgebieden onderwijs en opvoeding en gezin.',
  'Moeder maakt zich zorgen over het slapen; het kind ligt vaak tot laat wakker en is moe in de klas.',
  'Evaluatie: het verzuim is gedaald, de resultaten voor rekenen zijn stabiel. We sluiten de interventie af.',
  'Overleg met de school voor speciaal basisonderwijs over een mogelijke plaatsing; ouders twijfelen nog.',
  'Na de zomervakantie opnieuw bespreken in het driehoeksoverleg met ouders, leerkracht en IB.',
  'Het sociaal wijkteam meldt dat het gezin op een wachtlijst staat voor gezinsbegeleiding.',
];

export const ENTRY_TITLES: Readonly<
  Record<
    | 'signaal'
    | 'notitie'
    | 'gesprek'
    | 'overleg'
    | 'actie'
    | 'toestemming'
    | 'verwijzing'
    | 'terugkoppeling'
    | 'status',
    readonly string[]
  >
> = {
  signaal: [
    'Signaal van de leerkracht',
    'Zorg gemeld door moeder',
    'Signaal uit de groepsbespreking',
  ],
  notitie: ['Notitie', 'Observatie in de klas', 'Telefoontje met ouders'],
  gesprek: ['Gesprek met ouders', 'Gesprek met het kind', 'Driehoeksoverleg'],
  overleg: ['Zorgteam', 'ZAT-overleg', 'Overleg met het wijkteam'],
  actie: ['Actie: huisbezoek plannen', 'Actie: onderzoek aanvragen', 'Actie: evaluatie inplannen'],
  toestemming: ['Toestemming gegeven', 'Toestemming voor informatie-uitwisseling'],
  verwijzing: [
    'Aanmelding ondersteuningsteam',
    'Verwijzing naar het wijkteam',
    'Aanmelding logopedie',
  ],
  terugkoppeling: ['Terugkoppeling wijkteam', 'Terugkoppeling GGD', 'Verslag onderzoek ontvangen'],
  status: [''],
};

export const CLOSED_REASONS: readonly string[] = [
  'Doelen bereikt; ouders en school zijn tevreden over de ontwikkeling.',
  'Leerling is verhuisd en gaat naar een andere school.',
  'Zorg is overgedragen aan het sociaal wijkteam.',
  'Leerling is uitgestroomd naar het voortgezet onderwijs; warme overdracht gedaan.',
];

export const STAFF_NAMES: readonly string[] = [
  'Anouk van den Berg',
  'juf Sanne',
  'meester Joris',
  'Marloes Tijhuis',
  'Ĳsbrand Kamphuis',
  'Gülay Arslan',
  'René Oude Luttikhuis',
];

export const RAISED_BY: readonly string[] = [
  'juf Sanne (leerkracht groep 5)',
  'moeder',
  'vader',
  'huisarts',
  'meester Joris (groep 7)',
  'jeugdverpleegkundige',
  'de leerling zelf',
];

/** Actions as a meeting or a plan agrees them ("wie doet wat wanneer"). */
export const ACTION_TEXTS: readonly string[] = [
  'Gesprek plannen met moeder en de leerkracht',
  'Aanmelden bij het schoolmaatschappelijk werk',
  'Observatie in de klas door de IB’er',
  'Huisbezoek plannen met de jeugdverpleegkundige',
  'Dyslexieonderzoek aanvragen',
  'Contact opnemen met het sociaal wijkteam',
  'Groeidocument bijwerken voor het ondersteuningsteam',
  'Evaluatie inplannen na zes weken',
  'Leerplicht informeren over het verzuim',
  'Vader uitnodigen voor een gesprek op school',
  'Vaste plek en dagritmekaart in de klas invoeren',
  'Warme overdracht naar de mentor regelen',
];

export const QUESTIONS: readonly string[] = [
  'Wat heeft het kind nodig om weer met plezier naar school te gaan?',
  'Is dit niet-pluis, en wie pakt het op?',
  'Moeten we aanmelden bij het ondersteuningsteam?',
  'Hoe krijgen we het verzuim omlaag?',
  'Welke hulp is er al in het gezin en sluit die aan?',
  'Is aanvullend onderzoek nodig?',
];

export const DECISION_TEXTS: readonly string[] = [
  'Besluit: de IB’er voert een gesprek met ouders over de zorgen; daarna opnieuw bespreken.',
  'Het kind wordt aangemeld bij het ondersteuningsteam, met toestemming van ouders.',
  'De leerkracht past de aanpak in de klas aan; evaluatie in het volgende zorgteam.',
  'Geen verdere actie nodig; de zorg wordt afgesloten als het zo blijft gaan.',
  'De jeugdverpleegkundige neemt contact op met het gezin; terugkoppeling via de IB’er.',
  'Leerplicht wordt betrokken; preventief gesprek met ouders en kind.',
];

export const PLACES: readonly string[] = [
  'Teamkamer',
  'Kamer van de IB',
  'Gemeentehuis',
  'Vergaderruimte 1.04',
  'Personeelskamer',
];

export const GOAL_TEXTS: readonly string[] = [
  'Het kind komt elke dag op tijd op school.',
  'Het kind durft in de klas om hulp te vragen.',
  'Ouders weten bij wie zij terechtkunnen met vragen over opvoeding.',
  'Het leesniveau stijgt naar het niveau van de groep.',
  'Het kind speelt in de pauze samen met klasgenoten.',
  'Er is rust in het gezin rond de financiën.',
  'Het kind slaapt op tijd en is uitgerust in de klas.',
];

export const STRENGTHS: readonly string[] = [
  'Het kind is creatief en behulpzaam; ouders zijn betrokken en komen op elke afspraak.',
  'Sterk netwerk: oma en een buurvrouw helpen het gezin dagelijks.',
  'Het kind sport graag en is geliefd in de groep.',
  'Moeder vraagt zelf om hulp en staat open voor advies.',
];

export const ASKS_OF_RECIPIENT: readonly string[] = [
  'Wilt u contact opnemen met het gezin voor een intake?',
  'Graag een advies over passende ondersteuning in de klas.',
  'Kunt u het gezin begeleiden bij de opvoedvragen thuis?',
];

export const FEEDBACK_TEXTS: readonly string[] = [
  'Intake gedaan met moeder; het gezin krijgt gezinsbegeleiding vanaf volgende maand.',
  'Het kind staat op de wachtlijst; we houden de school op de hoogte.',
  'Hulp is gestart; evaluatie met school over drie maanden.',
  'Het gezin heeft hulp afgewezen; we sluiten de aanmelding af.',
];

export const PROCESS_EVALUATIONS: readonly (readonly [string, string, string])[] = [
  [
    'Goed voorbereid, iedereen kende de casussen.',
    'We liepen uit bij de tweede casus.',
    'Strakker op de tijd letten.',
  ],
  [
    'Duidelijke besluiten met eigenaar.',
    'De wijkcoach was afwezig.',
    'De wijkcoach eerder uitnodigen.',
  ],
];
