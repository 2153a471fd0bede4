// Word lists shared by the fact extractors. Lower-case; matched against lower-cased tokens.

/** Reporting verbs: base lemma → every inflected form that introduces speech or writing. */
const REPORTING_LEMMAS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  ask: ['ask', 'asks', 'asked', 'asking'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  read: ['reads', 'read'],
  put: ['put', 'puts', 'putting'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  specify: ['specify', 'specifies', 'specified', 'specifying'],
};
for (const lemma of [
  'add', 'note', 'recall', 'explain', 'argue', 'claim', 'insist', 'warn', 'tweet', 'announce',
  'declare', 'respond', 'continue', 'acknowledge', 'admit', 'suggest', 'emphasize', 'emphasise',
  'stress', 'observe', 'remark', 'predict', 'concede', 'complain', 'urge', 'joke', 'quip', 'shout',
  'boast', 'vow', 'promise', 'counter', 'conclude', 'report', 'state', 'assert', 'allege', 'contend',
  'point', 'confirm', 'reveal', 'disclose', 'recount', 'mention', 'comment', 'underline', 'highlight',
  'reiterate', 'repeat', 'charge', 'inform', 'post', 'exclaim', 'scream', 'yell', 'cry', 'whisper',
  'mutter', 'sigh', 'laugh', 'recommend', 'caution', 'acknowledge', 'interject', 'muse', 'stress',
  'advise', 'demand', 'propose', 'estimate', 'forecast', 'declare', 'retort', 'snap', 'thunder',
  'proclaim', 'lament', 'wonder', 'tout', 'brag', 'beam', 'chant', 'plead', 'ask', 'answer',
  'pledge', 'refer', 'call', 'describe', 'dub', 'label', 'brand', 'deride', 'praise', 'blast', 'slam', 'accuse', 'cite', 'read', 'believe', 'think', 'hope', 'fear', 'worry', 'agree',
]) {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const doubled = /^(snap|quip|admit)$/.test(lemma) ? lemma + lemma.at(-1) : stem;
  const s = /(sh|ch|x|s)$/.test(lemma) ? lemma + 'es' : lemma.endsWith('y') && !/[aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'ies' : lemma + 's';
  const ed = lemma.endsWith('y') && !/[aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'ied' : doubled + (lemma.endsWith('e') ? 'ed' : 'ed');
  const ing = doubled + 'ing';
  REPORTING_LEMMAS[lemma] = [lemma, s, ed, ing];
}
REPORTING_LEMMAS.plead.push('pled');
REPORTING_LEMMAS.forecast.push('forecast');

export const REPORTING_FORMS = new Map<string, string>();
for (const [lemma, forms] of Object.entries(REPORTING_LEMMAS)) for (const f of forms) REPORTING_FORMS.set(f, lemma);

/** Verbs that, when followed by a content clause, are unambiguous speech; others need a quote or "that". */
export const STRONG_REPORTING = new Set(['say', 'tell', 'add', 'write', 'ask', 'tweet', 'recall', 'note', 'explain', 'insist', 'claim', 'argue', 'warn', 'state', 'reply', 'respond', 'declare', 'announce', 'acknowledge', 'admit', 'stress', 'emphasize', 'emphasise', 'conclude', 'specify', 'confirm', 'report', 'assert', 'contend', 'allege', 'predict', 'suggest', 'concede', 'complain', 'remark', 'observe', 'comment', 'exclaim', 'joke', 'quip', 'counter', 'reiterate', 'retort', 'boast', 'vow', 'promise', 'testify', 'deny', 'point', 'proclaim', 'lament', 'mention', 'answer', 'put', 'underline', 'highlight', 'interject', 'muse']);

/** "point" only reports speech as "point out". */
export const NEEDS_PARTICLE: Record<string, string> = { point: 'out', refer: 'to', put: 'it' };

export const PERSON_PRONOUNS = new Set(['he', 'she', 'i', 'we', 'you']);
export const GROUP_PRONOUNS = new Set(['they', 'it']);
export const PRONOUNS = new Set([...PERSON_PRONOUNS, ...GROUP_PRONOUNS]);

/** Words that may stand between a speaker and the reporting verb ("Borisov also said", "he has said"). */
export const AUXILIARIES = new Set([
  'also', 'later', 'then', 'now', 'previously', 'recently', 'repeatedly', 'once', 'often', 'again',
  'has', 'had', 'have', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do',
  'is', 'was', 'are', 'were', 'been', 'be', 'just', 'further', 'only', 'publicly', 'privately', 'flatly',
  'reportedly', 'quickly', 'simply', 'bluntly', 'separately', 'subsequently', 'earlier', 'first',
  'already', 'recently', 'not', "n't", 'never', 'frequently', 'openly', 'explicitly', 'specifically', 'still',
]);

export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'another', 'one', 'some', 'many', 'several', 'both', 'two', 'three', 'other']);

/** Lower-case words that may sit inside a capitalised name run ("Bank of America", "Tareck El Aissami"). */
export const NAME_CONNECTORS = new Set(['of', 'de', 'del', 'da', 'van', 'von', 'der', 'al', 'bin', 'la', 'le', 'di', 'du', 'and', 'for', 'the', '&']);

/** Words that end a noun phrase when scanning for a speaker. */
export const CLAUSE_BREAKERS = new Set(['and', 'but', 'or', 'which', 'who', 'that', 'as', 'while', 'when', 'because', 'if', 'although', 'though', 'where', 'after', 'before', 'since', 'so']);

/** Titles and job nouns: before a name they form a role ("Deputy Prime Minister"); alone they are nominal speakers. */
export const TITLE_WORDS = new Set([
  'president', 'vice-president', 'vice', 'prime', 'minister', 'deputy', 'secretary', 'chancellor', 'governor',
  'senator', 'sen.', 'rep.', 'representative', 'congressman', 'congresswoman', 'mayor', 'ambassador', 'envoy',
  'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'executive', 'officer', 'chairman', 'chairwoman',
  'chair', 'director', 'head', 'leader', 'general', 'gen.', 'admiral', 'colonel', 'col.', 'commander', 'judge',
  'justice', 'attorney', 'king', 'queen', 'prince', 'princess', 'pope', 'cardinal', 'bishop', 'rev.',
  'dr.', 'dr', 'prof.', 'professor', 'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'sir', 'lady', 'lord', 'dame',
  'speaker', 'foreign', 'finance', 'defense', 'defence', 'interior', 'economy', 'energy', 'health', 'trade',
  'state', 'first', 'lady', 'candidate', 'nominee', 'founder', 'co-founder', 'ceo', 'cfo', 'coo', 'cto',
  'manager', 'analyst', 'economist', 'strategist', 'official', 'adviser', 'advisor', 'aide', 'delegate',
  'sheriff', 'commissioner', 'inspector', 'superintendent', 'premier', 'lieutenant', 'lt.', 'captain', 'capt.',
  'sergeant', 'sgt.', 'major', 'maj.', 'chief-of-staff', 'press', 'campaign', 'national', 'security',
  'homeland', 'treasury', 'agriculture', 'education', 'labor', 'labour', 'justice', 'transport', 'culture',
  'sports', 'affairs', 'economic', 'industry', 'emeritus', 'acting', 'former', 'ex-', 'senior', 'assistant',
  'associate', 'managing', 'partner', 'president-elect', 'vice-chairman', 'deputy-chairman', 'undersecretary',
  'majority', 'minority', 'whip', 'ceo', 'mp', 'mep', 'lawmaker', 'legislator', 'councillor',
  'councilman', 'councilwoman', 'physician', 'doctor', 'researcher', 'scientist', 'epidemiologist', 'coach',
  'pastor', 'rabbi', 'imam', 'sheikh', 'emir', 'sultan', 'crown', 'dean', 'provost', 'chancellor', 'treasurer',
  'comptroller', 'auditor', 'prosecutor', 'attorney-general', 'solicitor', 'chief-executive', 'editor',
]);

/** Head nouns of nominal speakers ("the official", "a spokesman for the ministry"). PERSON unless listed in ORG_NOUNS. */
export const SPEAKER_NOUNS = new Set([
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'senator',
  'governor', 'leader', 'chief', 'executive', 'source', 'sources', 'diplomat', 'aide', 'adviser', 'advisor',
  'analyst', 'analysts', 'economist', 'expert', 'experts', 'candidate', 'nominee', 'lawmaker', 'lawyer',
  'attorney', 'judge', 'mayor', 'ambassador', 'envoy', 'director', 'chairman', 'chairwoman', 'secretary',
  'man', 'woman', 'resident', 'residents', 'witness', 'witnesses', 'officer', 'police', 'general', 'premier',
  'company', 'ministry', 'government', 'agency', 'department', 'campaign', 'committee', 'statement', 'report',
  'group', 'organization', 'organisation', 'party', 'council', 'court', 'newspaper', 'paper', 'network',
  'bank', 'firm', 'administration', 'white', 'kremlin', 'office', 'authorities', 'military', 'army', 'union',
  'board', 'commission', 'delegation', 'embassy', 'foundation', 'institute', 'team', 'club', 'manager',
  'congressman', 'congresswoman', 'representative', 'democrat', 'republican', 'activist', 'protester', 'voter',
  'voters', 'supporter', 'supporters', 'critic', 'critics', 'businessman', 'billionaire', 'mogul', 'veteran',
  'host', 'anchor', 'author', 'writer', 'reporter', 'editor', 'founder', 'owner', 'professor', 'scientist',
  'researcher', 'researchers', 'doctor', 'physician', 'head', 'negotiator', 'prosecutor', 'prosecutors',
  'investigators', 'regulator', 'regulators', 'strategist', 'pollster', 'operative', 'surrogate', 'delegate',
  'speaker', 'sheriff', 'commissioner', 'chancellor', 'prime', 'vice-president', 'representative',
  'emails', 'email', 'memo', 'letter', 'tweet', 'post', 'website', 'study', 'survey', 'poll', 'filing', 'lawsuit',
  'person', 'people', 'narrator', 'ad', 'video', 'spokeswoman', 'aides', 'aide', 'staffer', 'insider', 'observer', 'observers',
]);

export const ORG_NOUNS = new Set([
  'company', 'ministry', 'government', 'agency', 'department', 'campaign', 'committee', 'group', 'organization',
  'organisation', 'party', 'council', 'court', 'newspaper', 'paper', 'network', 'bank', 'firm', 'administration',
  'kremlin', 'office', 'authorities', 'military', 'army', 'union', 'board', 'commission', 'delegation', 'embassy',
  'foundation', 'institute', 'team', 'club', 'police',
]);

/** Sources that are documents rather than people; they are speakers but never resolve to a PERSON. */
export const DOCUMENT_NOUNS = new Set(['statement', 'report', 'emails', 'email', 'memo', 'letter', 'tweet', 'post', 'website', 'study', 'survey', 'poll', 'filing', 'lawsuit']);

export const OPENING_QUOTES = new Set(['“', '«', '‘', '„']);
export const CLOSING_QUOTES = new Set(['”', '»', '’']);
