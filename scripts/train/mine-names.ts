import { tokenize } from '../../lambdas/extract/text/tokenize.js';

// Names mined from unlabeled news by the words around them (after Ratinov & Roth 2009, who took
// their lists from Wikipedia; we have only the news text): a capitalised run ending in an
// organisation head ("Forrester Research", "Zanussi Group") is an organisation, one after
// "Mr"/"Mrs"/"Dr" a person, one after "the town of" a place, one after "the film" a title. The tagger sees
// the lists as gazetteer categories, so what a name's contexts elsewhere in the news say carries
// to a story where it appears without them.

/** Last words that make a capitalised run an organisation's name. */
const ORG_HEADS = new Set(
  `Inc Inc. Corp Corp. Co Co. Ltd Ltd. LLC Plc plc PLC AG SA NV GmbH BV SpA Group Holdings Bank Party
  Association University College Council Ministry Agency Committee Commission Federation Union Institute
  Foundation Organisation Organization Airlines Airways Motors Corporation Company Club Research Systems
  Technologies Industries Partners Capital Securities Exchange League Records Studios Pictures Entertainment
  Communications Electronics Telecom Media Networks Software Labs Society Trust Board Authority Service
  Department Office Assembly Alliance Movement Front Congress`.split(/\s+/),
);
/** Legal forms: the name without them is the organisation too ("Keiaisha Co Ltd" → "Keiaisha"). */
const LEGAL_FORMS = new Set('Inc Inc. Corp Corp. Co Co. Ltd Ltd. LLC Plc plc PLC AG SA NV GmbH BV SpA Group Holdings'.split(' '));
const PERSON_CUES = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Miss', 'Sir', 'Dame']);
/** "the town of Peterhead", "the Iraqi city of Basra". */
const PLACE_NOUNS = new Set(['town', 'city', 'village', 'port', 'province', 'region', 'capital', 'district', 'county', 'island', 'state', 'suburb']);
/** "the film Sideways", "his album Musicology": titles of works (CoNLL MISC). */
const WORK_NOUNS = new Set(['film', 'movie', 'album', 'single', 'song', 'book', 'novel', 'play', 'musical', 'sitcom', 'drama', 'opera', 'series']);
/** Lower-case words allowed inside a title ("Million Dollar Baby", "Lord of the Rings"). */
const TITLE_JOINERS = new Set(['of', 'the', 'and', 'in', 'a', 'on', 'to', 'for']);
/** Lower-case words allowed inside an organisation's name ("Bank of England", "Marks and Spencer"). */
const NAME_JOINERS = new Set(['of', 'and', '&', 'for', 'de']);
const MAX_WORDS = 5;

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w) && /\p{L}/u.test(w);

export type MinedCategory = 'morg' | 'mper' | 'mloc' | 'mwork';

/**
 * (category, phrase) pairs for the phrases seen in at least `minCount` contexts across the texts,
 * sorted (deterministic). Runs starting a sentence are skipped for people and places, where the
 * first capital says nothing.
 */
export function mineNames(texts: Iterable<string>, minCount = 2): [category: MinedCategory, phrase: string][] {
  const counts = new Map<string, number>();
  const add = (category: MinedCategory, words: string[]) => {
    if (!words.length || words.length > MAX_WORDS) return;
    const key = `${category}\t${words.join(' ')}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (const text of texts) {
    const words = tokenize(text).map((t) => t.text);
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (ORG_HEADS.has(w) && i > 0) {
        // Walk back over the capitalised run (and joiners inside it) that the head ends.
        let start = i;
        while (start > 0 && i - start < MAX_WORDS) {
          const prev = words[start - 1];
          if (isCapitalised(prev) && !ORG_HEADS.has(prev) && prev !== 'The') start--;
          else if (NAME_JOINERS.has(prev) && start - 2 >= 0 && isCapitalised(words[start - 2])) start--;
          else break;
        }
        while (start < i && NAME_JOINERS.has(words[start])) start++;
        // "Sony Corp of America Inc": a unit named after a place, not a name of its own.
        const unit = words[start - 1] === 'of' && ORG_HEADS.has(words[start - 2] ?? '');
        if (start < i && !unit) {
          add('morg', words.slice(start, i + 1));
          if (LEGAL_FORMS.has(w)) add('morg', words.slice(start, i));
        }
      }
      if (PERSON_CUES.has(w)) {
        let end = i + 1;
        while (end < words.length && end - i <= 3 && isCapitalised(words[end]) && !PERSON_CUES.has(words[end])) end++;
        if (end > i + 1) {
          add('mper', words.slice(i + 1, end));
          if (end - i > 2) add('mper', [words[end - 1]]);
        }
      }
      if (WORK_NOUNS.has(w) && isCapitalised(words[i + 1] ?? '')) {
        let end = i + 1;
        if (words[end] === 'The' && isCapitalised(words[end + 1] ?? '')) end++; // the title starts after it
        while (end < words.length && end - i <= 6 && (isCapitalised(words[end]) || (TITLE_JOINERS.has(words[end]) && isCapitalised(words[end + 1] ?? '')))) end++;
        const title = words.slice(words[i + 1] === 'The' ? i + 2 : i + 1, end);
        // "the film I saw", "the series A and B": a pronoun or a letter, not a title.
        if (title.length && title[0].length > 2 && !/^(?:It|What|This|That|These|Those|When|Where|He|She|They|We)$/.test(title[0])) add('mwork', title);
      }
      const based = /^(\p{Lu}[\p{L}.]*)-based$/u.exec(w); // "London-based"
      if (based) {
        let start = i;
        while (start > 0 && i - start < 2 && /^\p{Lu}\p{Ll}/u.test(words[start - 1])) start--; // "Los Angeles-based"
        add('mloc', [...words.slice(start, i), based[1]]);
      }
      if (PLACE_NOUNS.has(w) && words[i + 1] === 'of' && isCapitalised(words[i + 2] ?? '')) {
        let end = i + 2;
        while (end < words.length && end - i - 2 < 3 && isCapitalised(words[end])) end++;
        add('mloc', words.slice(i + 2, end));
      }
    }
  }
  const out: [MinedCategory, string][] = [];
  for (const [key, count] of counts) {
    if (count < minCount) continue;
    const tab = key.indexOf('\t');
    out.push([key.slice(0, tab) as MinedCategory, key.slice(tab + 1)]);
  }
  return out.sort((a, b) => (a[0] + a[1] < b[0] + b[1] ? -1 : 1));
}
