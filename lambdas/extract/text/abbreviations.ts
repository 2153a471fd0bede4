// Words that take a period without ending a sentence. Case matters: "Inc." is an abbreviation,
// "inc." is not; "No." only before a number.

/** Titles, months and initials: a sentence never ends on them. */
const NEVER_FINAL = new Set(
  (
    'Mr Mrs Ms Messrs Mme Mlle Dr Prof Gen Col Lt Sgt Capt Maj Cmdr Adm Brig Rep Reps Sen Sens Gov Pres Rev Hon ' +
    'Fr Supt Insp Amb Gov Atty Gov St Mt Ft Ave Blvd Rd Hwy ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri ' +
    'vs cf approx Nos Vol vol pp Fig fig'
  ).split(/\s+/),
);

/** Abbreviations that may also close a sentence ("… of Acme Inc. The company said …"). */
const MAYBE_FINAL = new Set(
  (
    'Inc Corp Co Cos Ltd Bros Assn Dept Univ Inst Jr Sr etc al est ' +
    'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev ' +
    'Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wyo'
  ).split(/\s+/),
);

/** Capitalised words that usually begin a sentence rather than continue a name. */
const SENTENCE_STARTERS = new Set(
  (
    'The A An He She It They We I You This That These Those There Its His Her Their Our My ' +
    'In On At For Of As If When While After Before Since Although Though But And Or So Yet ' +
    'Meanwhile However Also Earlier Later Last Next Now Then Still Some Many Most Other Both ' +
    'What Who Which Where Why How No Not One Two Three According Asked'
  ).split(/\s+/),
);

/** Does the "." right after `word` (at text[dotAt]) belong to it? */
export function isKnownAbbreviation(word: string, text: string, dotAt: number): boolean {
  if (/^\p{Lu}$/u.test(word)) return true; // initial: "J. Smith"
  if (NEVER_FINAL.has(word) || MAYBE_FINAL.has(word)) return true;
  if (word === 'No' || word === 'no') return /^\.\s*\d/.test(text.slice(dotAt, dotAt + 4));
  return false;
}

/** The abbreviation token (with its dot) cannot end a sentence. */
export function isNonFinalAbbreviation(token: string): boolean {
  if (!token.endsWith('.')) return false;
  const word = token.slice(0, -1);
  return /^\p{Lu}$/u.test(word) || NEVER_FINAL.has(word) || word === 'No' || word === 'no';
}

/** The token is an abbreviation that may end a sentence ("Inc.", "U.S."). */
export function isAmbiguousAbbreviation(token: string): boolean {
  if (!token.endsWith('.')) return false;
  const word = token.slice(0, -1);
  return MAYBE_FINAL.has(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

export function isSentenceStarter(token: string): boolean {
  return SENTENCE_STARTERS.has(token);
}
