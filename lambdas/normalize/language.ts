// Language identification, ISO 639-1. Scripts with one main language decide by script; Latin and
// Cyrillic text is scored by the share of tokens that are frequent function words of each language.
// Small and dependency-free on purpose: good on article-length text, null when unsure.

const STOPWORDS: Record<string, string> = {
  en: 'the of and to in a is that for it was on with he as at by his are be from has have had this an not but which they were said who their its been will would or after also more than',
  es: 'de la que el en los del las un por con una para es se su al lo como más pero sus le ya fue este ha sobre entre cuando muy sin también porque durante',
  fr: 'de la le et les des en un du une est que pour dans qui au sur pas par ne il se plus ce avec sont aux été son cette mais ont elle leur nous comme',
  de: 'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um noch wie',
  it: 'di e il la che in per un del della è non le una dei sono da al con si alla gli ha nel più anche come ma delle questo sul dalla nella degli stato',
  pt: 'de a o que e do da em um para com não uma os no se na por mais as dos como mas ao ele das foi à sua ou quando muito nos já está também pelo pela',
  nl: 'de en van het een in is dat op te zijn met voor niet aan er ook als bij door maar om dan nog wel naar uit hij heeft werd worden deze tot',
  sv: 'och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan man när år säger hon under också efter',
  da: 'og i at det er en til på som de med han af for ikke der var mig sig men et har om vi min havde ham hun nu over da fra du ud sin dem os op',
  no: 'og i det som på er en til av for med at har ikke de den han om et var men fra vi så kan seg også etter når skal ble blir hun',
  pl: 'i w na z do się nie że to jest o od jak po co za ale przez dla tak już jego był ich przy oraz tym który które jej może być',
  tr: 've bir bu da de için ile olarak çok daha en gibi olan ama kadar sonra ise değil ancak ne her şey diye olduğunu göre',
  id: 'yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena tersebut bisa ada mereka oleh sudah saat telah atau',
  ro: 'și de în la a cu care pe din o nu că se un este au pentru fost mai ce sunt lui prin după acest această',
  fi: 'ja on ei että se oli hän kun myös mutta tai ovat jos niin joka sen ole kuin vain tämä nyt sitten',
  cs: 'a se na je v že to s z do o k ve jako pro ale by jsem po tak jak jeho které který podle také byl',
  hu: 'a az és hogy nem is egy van meg ez de már csak mint volt el ki még azt lesz pedig után',
  ca: 'de la i el que a en les del els per un una amb és al no es va seu ha més però com aquest',
};

const STOPWORD_SETS = Object.fromEntries(Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words.split(' '))]));

const MIN_LETTERS = 12;
/** A few paragraphs decide; more costs time without changing the answer. */
const SAMPLE_CHARS = 6_000;

/** ISO 639-1 code of the text's language, or null when the text is too short or unclear. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const byScript = scriptLanguage(sample);
  if (byScript !== undefined) return byScript;
  const tokens = sample.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  if (tokens.length < 4) return null;
  let best: string | null = null;
  let bestScore = 0;
  let secondScore = 0;
  for (const [lang, words] of Object.entries(STOPWORD_SETS)) {
    let hits = 0;
    for (const token of tokens) if (words.has(token)) hits++;
    const score = hits / tokens.length;
    if (score > bestScore) {
      secondScore = bestScore;
      bestScore = score;
      best = lang;
    } else if (score > secondScore) secondScore = score;
  }
  if (bestScore < 0.08 || bestScore - secondScore < 0.02) return null;
  return best;
}

/** A language decided by script, null for script-only text too short to tell, undefined for Latin/Cyrillic-mixed text left to word scoring. */
function scriptLanguage(sample: string): string | null | undefined {
  const counts = new Map<string, number>();
  let letters = 0;
  for (const ch of sample) {
    const script = scriptOf(ch);
    if (!script) continue;
    letters++;
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  if (letters < MIN_LETTERS) return letters === 0 ? null : undefined;
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  switch (top) {
    case 'latin':
      return undefined;
    case 'cyrillic':
      if (/[іїєґ]/i.test(sample)) return 'uk';
      if (/[ўі]/i.test(sample) && !/[щъ]/i.test(sample)) return 'be';
      if (/[ѓќљњџ]/i.test(sample)) return 'mk';
      if (/[ђћ]/i.test(sample)) return 'sr';
      if (/ъ/.test(sample) && !/[ыэё]/i.test(sample)) return 'bg';
      return 'ru';
    case 'arabic':
      if (/[ٹڈڑںےھ]/.test(sample)) return 'ur';
      if (/[پچژگک]/.test(sample) && /ی/.test(sample)) return 'fa';
      return 'ar';
    case 'han':
      return (counts.get('kana') ?? 0) > 0 ? 'ja' : 'zh';
    case 'kana':
      return 'ja';
    default:
      return SCRIPT_LANGUAGE[top] ?? null;
  }
}

const SCRIPT_LANGUAGE: Record<string, string> = {
  greek: 'el', hebrew: 'he', hangul: 'ko', devanagari: 'hi', bengali: 'bn', thai: 'th', georgian: 'ka', armenian: 'hy', tamil: 'ta',
};

const SCRIPT_PATTERNS: [string, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['han', /\p{Script=Han}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['greek', /\p{Script=Greek}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['bengali', /\p{Script=Bengali}/u],
  ['thai', /\p{Script=Thai}/u],
  ['georgian', /\p{Script=Georgian}/u],
  ['armenian', /\p{Script=Armenian}/u],
  ['tamil', /\p{Script=Tamil}/u],
];

function scriptOf(ch: string): string | null {
  const code = ch.codePointAt(0)!;
  if (code < 0x41) return null;
  if (code < 0x80) return /[A-Za-z]/.test(ch) ? 'latin' : null;
  for (const [script, pattern] of SCRIPT_PATTERNS) if (pattern.test(ch)) return script;
  return null;
}

/** A declared language tag ("en-GB", "en_US", "English"?) to ISO 639-1, or null. */
export function languageTag(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^\s*([a-z]{2})(?:[-_][a-z0-9]+)*\s*$/i.exec(value);
  return m ? m[1].toLowerCase() : null;
}
