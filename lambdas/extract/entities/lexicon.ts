// Small hand-written word lists: signals the tagger weighs as features, and the patterns that
// refine MISC into NORP / EVENT / LAW / PRODUCT / WORK.
const words = (s: string) => s.trim().split(/\s+/);

/** Regions and continents, as gazetteer phrases (category "region"). */
export const REGIONS = [
  'Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America', 'Central America',
  'Middle East', 'Near East', 'Far East', 'Caribbean', 'Balkans', 'Scandinavia', 'Western Europe',
  'Eastern Europe', 'Central Europe', 'Southeast Asia', 'South Asia', 'East Asia', 'Central Asia',
  'Oceania', 'Antarctica', 'Arctic', 'Sahara', 'Gulf', 'Persian Gulf', 'Pacific', 'Atlantic',
  'Mediterranean', 'Baltic', 'Caucasus', 'West Bank', 'Gaza', 'Gaza Strip', 'Kashmir', 'Siberia',
];

/** Well-known international bodies, as gazetteer phrases (category "org"). */
export const KNOWN_ORGANIZATIONS = [
  'United Nations', 'UN', 'U.N.', 'UNESCO', 'UNICEF', 'UNHCR', 'Security Council', 'General Assembly',
  'NATO', 'European Union', 'EU', 'European Commission', 'European Parliament', 'European Central Bank', 'ECB',
  'OPEC', 'World Bank', 'International Monetary Fund', 'IMF', 'World Trade Organization', 'WTO',
  'World Health Organization', 'WHO', 'Red Cross', 'Red Crescent', 'Amnesty International', 'Human Rights Watch',
  'Interpol', 'Europol', 'African Union', 'Arab League', 'ASEAN', 'G7', 'G8', 'G20', 'BRICS', 'OECD', 'OSCE',
  'Commonwealth', 'Federal Reserve', 'Fed', 'Bank of England', 'Bank of Japan', 'Bundesbank', 'Pentagon',
  'White House', 'Kremlin', 'State Department', 'Congress', 'Senate', 'Parliament', 'Supreme Court', 'FBI', 'CIA',
  'NASA', 'CDC', 'FDA', 'SEC', 'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Bloomberg',
  'BBC', 'CNN', 'Xinhua', 'TASS', 'Interfax', 'Sputnik', 'Al Jazeera', 'FIFA', 'UEFA', 'IOC',
  'International Olympic Committee', 'Hamas', 'Hezbollah', 'Taliban', 'Gazprom', 'Rosneft',
];

/** Last words of organization names. */
export const ORG_SUFFIXES = new Set(
  words(`inc inc. corp corp. co co. ltd ltd. llc plc ag sa nv gmbh bv spa group holdings holding bank
  party association university college council ministry agency committee commission federation union
  institute foundation organisation organization airlines airways motors corporation company trust fund
  board department authority club court parliament army navy police service systems technologies
  industries partners capital securities reserve exchange league fc united rovers assembly congress
  senate news times post journal press agency network tv radio front movement alliance`),
);

/** Words that announce a person's name right after them. */
export const PERSON_TITLES = new Set(
  words(`mr mr. mrs mrs. ms ms. dr dr. prof prof. sir lord lady president minister premier chancellor
  senator sen. gov. governor king queen prince princess pope cardinal bishop rabbi imam secretary
  chairman chairwoman chief ceo spokesman spokeswoman coach striker midfielder defender goalkeeper
  captain manager director leader deputy vice-president vice general gen. col. lt. sgt. judge justice
  ambassador envoy mayor rep. representative officer analyst economist player champion`),
);

/** Nationalities and groups beyond the country demonyms: religions, parties, ethnicities. */
export const NORP_WORDS = new Set(
  words(`Muslim Muslims Christian Christians Jew Jews Jewish Catholic Catholics Protestant Protestants
  Orthodox Hindu Hindus Buddhist Buddhists Sikh Sikhs Sunni Sunnis Shi'ite Shiite Shia Shi'ites Shiites
  Islamist Islamists Arab Arabs Kurd Kurds Kurdish Tamil Tamils Serb Serbs Croat Croats Bosnian Bosnians
  Palestinian Palestinians Israeli Israelis Democrat Democrats Republican Republicans Communist Communists
  Socialist Socialists Conservative Conservatives Labour Tory Tories Liberal Liberals Hutu Hutus Tutsi
  Tutsis Pashtun Latino Latinos Hispanic Hispanics European Europeans African Africans Asian Asians
  Western Westerners Soviet Slavic Latin-American Latin Balkan Caribbean Scandinavian Arabic Aboriginal`),
);

/** Nouns after a name that make it a product ("Sputnik V vaccine", "Boeing 737 jets"). */
export const PRODUCT_HEADS = new Set(
  words(`vaccine vaccines jab shot jet jets airliner airliners aircraft plane planes helicopter helicopters
  missile missiles rifle rifles tank tanks car cars truck trucks smartphone smartphones phone phones
  handset tablet laptop console drug drugs pill software app browser chip chips processor engine
  satellite rocket`),
);

/** Last words of events ("World Cup", "Winter Olympics", "Gulf War"). */
export const EVENT_HEADS = new Set(
  words(`Cup Championship Championships Olympics Olympiad Games Open Grand Prix Tour Festival Summit
  Conference Forum War Revolution Crisis Election Elections Expo Fair Marathon Derby Trophy Series Classic
  Rally Masters`),
);

/** Last words of laws and treaties ("Patriot Act", "Maastricht Treaty"). */
export const LAW_HEADS = new Set(words(`Act Treaty Accord Accords Constitution Convention Protocol Amendment Charter Code Bill`));
