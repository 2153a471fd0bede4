// Grammatical gender of a person entity, when the text or a common first name tells it: lets
// "she said" skip the last man mentioned. Unknown is compatible with both pronouns.
import type { Entity } from '../types.js';
import type { Document } from './document.js';

export type Gender = 'female' | 'male' | undefined;

const FEMALE_TITLES = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'lady', 'dame', 'madam', 'madame', 'queen', 'princess', 'baroness', 'congresswoman', 'spokeswoman', 'chairwoman', 'sister']);
const MALE_TITLES = new Set(['mr', 'mr.', 'sir', 'lord', 'mister', 'king', 'prince', 'baron', 'congressman', 'spokesman', 'chairman', 'father', 'brother']);

const FEMALE_NAMES = new Set(`mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen
anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce
victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara
janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella
charlotte rose alexis kayla hillary chelsea melania ivanka michelle nikki elizabeth sarah nancy kamala theresa angela marine christine ursula
patricia jacinda golda indira benazir margaret condoleezza madeleine carly megyn huma debbie dianne kirsten tammy tulsi elena sonia hope kellyanne
jill laura barbara nicola harriet yvette diane priti liz andrea jacqui ruth caroline`.split(/\s+/));
const MALE_NAMES = new Set(`james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald
steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry
justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary
peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy
bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny barack bernie ted marco
jeb chris mike mitt rand ben bill hugo vladimir xi emmanuel boris tony gordon david nick ed jeremy yury sergei dmitry nicolas tareck recep
angela benjamin narendra shinzo justin rodrigo jair mohammed ali ahmed omar hassan abdul tim lindsey newt rudy reince paul kevin harry jim
rick dick al joe jimmy ron steve dan jon ken greg tom alex sam max oliver charlie alastair gerry`.split(/\s+/));
// Names that are common for both (or shared above by mistake) decide nothing.
for (const ambiguous of ['angela', 'lindsey', 'kelly', 'chris', 'alex', 'sam', 'jordan', 'jean', 'hope', 'ashley']) {
  FEMALE_NAMES.delete(ambiguous);
  MALE_NAMES.delete(ambiguous);
}
FEMALE_NAMES.add('angela');

export function genderOf(doc: Document, entity: Entity, cache: Map<string, Gender>): Gender {
  if (cache.has(entity.id)) return cache.get(entity.id);
  let gender: Gender;
  for (const m of entity.mentions) {
    const t = doc.tokenAt(m.start);
    let before = doc.lower[t - 1] ?? '';
    if (before === '.' && t > 1) before = doc.lower[t - 2] + '.';
    if (FEMALE_TITLES.has(before)) { gender = 'female'; break; }
    if (MALE_TITLES.has(before)) { gender = 'male'; break; }
    const first = m.text.split(/\s+/)[0].toLowerCase().replace(/\.$/, '');
    if (FEMALE_TITLES.has(first) || FEMALE_TITLES.has(first + '.')) { gender = 'female'; break; }
    if (MALE_TITLES.has(first) || MALE_TITLES.has(first + '.')) { gender = 'male'; break; }
  }
  if (!gender) {
    const first = entity.name.split(/\s+/)[0].toLowerCase();
    if (FEMALE_NAMES.has(first)) gender = 'female';
    else if (MALE_NAMES.has(first)) gender = 'male';
  }
  cache.set(entity.id, gender);
  return gender;
}

/** The gender a pronoun asks for. */
export function pronounGender(pronoun: string): Gender {
  if (pronoun === 'she' || pronoun === 'her') return 'female';
  if (pronoun === 'he' || pronoun === 'him') return 'male';
  return undefined;
}
