// Text-level clean-up of the extracted story: the site name in the title, bylines, bare dates,
// section labels, ad labels and "Read more" cross-links around the story's paragraphs.
import { parsePublishedAt } from './dates.js';

const TITLE_SEPARATOR = /^\s*[-|–—:·•»]\s*\S/;

/** "Headline - Site": the site part goes when the page's own headline or the publisher name shows where it starts. */
export function withoutSiteSuffix(title: string, body: string, publisher: string | null): string {
  const headline = body.slice(0, 300).split('\n\n', 1)[0];
  if (headline.length >= 10 && headline.length < title.length && title.startsWith(headline) && TITLE_SEPARATOR.test(title.slice(headline.length))) return headline;
  if (publisher) {
    const suffix = new RegExp(`\\s*[-|–—:·•»]\\s*${publisher.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');
    const stripped = title.replace(suffix, '');
    if (stripped.length >= 10) return stripped;
  }
  return title;
}

/** "By Ed Harlan, Courier staff writer" among the first paragraphs → "Ed Harlan". */
export function bylineInText(body: string): string | null {
  for (const paragraph of body.split('\n\n', 4)) {
    const m = /^(?:By|Von|Par|Por)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?:\s*[,|–—-]|\s*$)/u.exec(paragraph);
    if (m && paragraph.length <= 120) return m[1];
  }
  return null;
}

const ENDS_SENTENCE = /[.!?…]["”’»)]*$/;
const isTimeLabel = (p: string) => /^\d{1,2}[:.h]\d{2}\b/.test(p);
/** Cross-link labels in the languages of the language detector's stopword lists. */
const CROSS_LINK = /^(?:read more|read also|also read|read next|see also|related|more on this|watch|listen|lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|lire aussi|à lire aussi|voir aussi|lea también|lee también|ver también|leggi anche|leia também|veja também|lees ook|lees meer|читайте также|läs också|læs også|les også)\s*[:|–—-]/i;
/** Rights lines at the foot of a story. */
const RIGHTS_LINE = /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b|\bmay not be (?:published|reproduced|redistributed)\b/i;
/**
 * A rights line that names itself by the sign or the word and a year ("© 2009 …", "First published
 * … in News © Copyright 2009 The Gazette", "Copyright 2008 Harbour Daily. Distributed by …"):
 * what follows it at the foot is the page's, not the story's. "All rights reserved" alone can be
 * a sentence of a story; the sign cannot.
 */
const SIGNED_RIGHTS = /©|^\(c\)\s|^copyright\b|\bcopyright\s+(?:©\s*)?(?:\d{4}|\(c\))/i;
/** Paragraphs after a signed rights line that still count as the page's foot. */
const AFTER_RIGHTS_MAX = 3;
/** A rating widget's line: a verb of rating and a run of the scale's numbers ("Rate this article: 1 2 3 4 5 (Average 3.4 of 5)"). */
const RATING_LINE = /\b(?:rate|rating|vote|bewerten|bewertung|noter|évaluez|valora|vota|beoordeel|оцените)\w*\b[^.!?]{0,40}?(?:^|\s)1\s2\s3(?:\s4(?:\s5)?)?(?:\s|$)/i;
/**
 * A post's metadata line from a blog or CMS theme: "Posted by … at 10:12 AM | Comments (2)",
 * "Submitted by … on Tue, 2007-03-06 10:12.", "First published … in News": a verb of posting,
 * by / on / at / in, and a clock time, an ISO date or a bar. A sentence that starts "Posted by
 * the council …" has none of these.
 */
const POST_META = /^(?:first |originally )?(?:posted|published|submitted|updated|filed)\s+(?:by|on|at|in)\s+\S/i;
const POST_META_MARK = /\b\d{1,2}:\d{2}\b|\b\d{4}-\d{2}-\d{2}\b|\s\|\s/;
const POST_META_MAX_WORDS = 25;
const isPostMeta = (p: string) => POST_META.test(p) && POST_META_MARK.test(p) && p.split(' ').length <= POST_META_MAX_WORDS;
/** A call to give or subscribe after a sentence, with no full stop of its own: a donation or membership bar ("… reader-funded. Donate today"). */
const CALL_TO_ACTION = /[.!?]\s+(?:donate|give|support (?:us|our)|subscribe|join|sign up|become a (?:member|supporter)|jetzt spenden|spenden|faire un don|abonnez-vous|haz una donación|dona|doneer)\b[^.!?]{0,30}$/i;
/** A separator line of underscores or a mail signature's "--": what follows is a signature or notes, not the story. */
const SEPARATOR_LINE = /^(?:_{5,}|--)$/;
/** A signature is a line: a name, a motto, a site. */
const SIGNATURE_MAX_WORDS = 25;
/** The software a page was made with, named with its version, in a line that ends no sentence ("Powered by vBulletin Version 3.7.2", "Powered by WordPress 2.8"). */
const POWERED_BY = /\bpowered by\b[^.!?]{0,60}?\b(?:version\s*)?v?\d+(?:\.\d+)+\b/i;
/** A release wire's closing source line ("SOURCE Selva Lines Ltd."): the word in capitals, then the issuer's name. */
const RELEASE_SOURCE = /^SOURCE\s+\p{Lu}/u;
const RELEASE_SOURCE_MAX_WORDS = 10;
/** A comment section's status under the story, said as the line's first words ("Comments are closed for this story", "Kommentare sind geschlossen"). */
const COMMENTS_STATUS = /^(?:sorry,? )?(?:comments? (?:are|is|have been|has been) (?:now )?(?:closed|disabled|turned off)|commenting (?:is|has been) (?:closed|disabled)|(?:die )?kommentare sind (?:geschlossen|deaktiviert)|(?:die )?kommentarfunktion (?:ist|wurde) (?:geschlossen|deaktiviert)|les commentaires sont (?:fermés|clos)|los comentarios están cerrados|i commenti sono chiusi|reageren is (?:niet meer mogelijk|gesloten))\b/i;
/** Notes on the paper's editorial policy under a story: where to report an error, the corrections and ethics policies. */
const POLICY_NOTE = /\b(?:corrections? policy|ethics policy|editorial (?:standards|policy|guidelines)|report an? (?:error|typo|correction)|spotted an? (?:error|mistake|typo)|found an? (?:error|mistake|typo)|see an? (?:error|mistake|typo))\b/i;

/** The staff line under a byline: "Herald Staff Writer", "Special Correspondent". */
const STAFF_LINE = /\b(?:staff writer|staff reporter|correspondent|contributing writer|reporter|redakteur(?:in)?|korrespondent(?:in)?|envoyée? spéciale?|corresponsal)\b/i;

/** A verb and "by" before the writer's name, in the languages of the cross-link labels. */
const BYLINE_VERB = /^(?:written|reported|filed|words|text|story|photos?|geschrieben|verfasst|écrit|rédigé|escrito|redactado|scritto|geschreven)\s+(?:by|von|par|por|da|door)\s+\p{Lu}/u;

/** A picture's credit line left in the text ("Photo: Ana Lima/Harbour Agency"). */
const CREDIT_LINE = /^(?:photos?|fotos?|фото|picture|image|bild|credit|crédit|crédito|foto ?credit)s?\s*:/i;

/** Lone labels of an ad slot inside the story. */
const AD_LABEL = /^(?:advertisement|advertising|sponsored|anzeige|publicidad|publicité|pubblicità|reclame|реклама|(?:the )?(?:story|article) continues (?:below|after (?:this )?(?:ad(?:vertisement)?))|continue reading below|weiterlesen nach der anzeige|la suite après (?:cette )?publicité|l'article continue (?:ci-dessous|après la publicité))$/i;

/** Words of a label, separators ("|", "»", "-") not counted. */
const labelWords = (p: string) => p.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
/** Words with letters: "Rate this story: 1 2 3 4 5" is a three-word label. */
const letterWords = (p: string) => p.split(' ').filter((w) => /\p{L}/u.test(w)).length;

/** Notes about the page under the story: its read counter, where it appeared in print, an interview's edit note. */
const ARTICLE_NOTE = /\b(?:letters|comments|submissions|contributions) (?:may|will) be (?:edited|shortened|cut)\b|\b(?:leserbriefe|zuschriften) (?:können|werden) gekürzt\b|\bkürzungen vorbehalten\b|\b(?:les )?(?:lettres|courriers) (?:peuvent être|sont susceptibles d'être) (?:raccourci|modifié|édité)e?s\b|\blas cartas (?:pueden ser|podrán ser) (?:editadas|resumidas)\b|\b(?:article|story|page) (?:has been )?(?:read|viewed) [\d.,]+ times\b|\b(?:interview|conversation|transcript) (?:has been|was) (?:lightly )?(?:edited|condensed)\b|\bappeared in (?:the )?print\b|\b(?:artikel|beitrag) (?:wurde )?[\d.,]+ ?mal gelesen\b|\b(?:erschien|erschienen) in der (?:print|gedruckten)|\b(?:article|texte) (?:a été )?lu [\d\s.,]+ fois\b|\bparu dans (?:l'|l’)?édition (?:imprimée|papier)\b/i;

/**
 * Where the story comes from and how it may be reused, said at its head or foot: a partner's or a
 * release's provenance ("This story was first published in Spanish by…", "Materials provided
 * by…"), a translation note, a republishing licence. Notes about the page, not the story.
 */
const PROVENANCE_NOTE = /^this (?:story|article|piece) (?:was |is |has been )?(?:first |originally )?(?:published|appeared|produced)\b[^.]{0,80}\b(?:by|in|on|with|for|under)\b|^the (?:story|article) (?:was |has been )?(?:first|originally) (?:published|appeared)\b|\b(?:has been|was) translated (?:from|and)\b|\bmay republish\b|\brepublish (?:this|it|our)\b|\bunder a creative commons licen[cs]e\b|^materials provided by\b|\bcontent may be edited for style and length\b|^(?:dieser|der) (?:artikel|beitrag|text) (?:ist |erschien )?(?:zuerst|ursprünglich)\b|^(?:cet|l[’'])article a (?:d'abord|d’abord|initialement) été publié\b|^(?:este|el) (?:artículo|reportaje) (?:fue publicado|se publicó) (?:originalmente|primero)\b|^questo articolo è stato (?:pubblicato|originariamente)\b/i;

/** A summary labelled as such at the head of the story ("Summary: …", "In brief: …"). */
/** The notice a frameset page shows browsers without frames, at the head or foot of its <noframes> text. */
const FRAMES_NOTICE = /\b(?:this (?:site|page) uses frames|(?:your )?browser (?:does not|doesn[’']t|cannot|can[’']t) (?:support|show|display) (?:them|frames)|frames-capable browser|diese seite verwendet frames|ce site utilise des cadres)\b/i;

const LABELLED_SUMMARY = /^(?:summary|in brief|abstract|at a glance|the gist|tl;? ?dr|zusammenfassung|kurz gesagt|résumé|en bref|resumen|en resumen|riassunto|in breve|samenvatting|resumo|кратко)\s*:\s*\S/i;
/** A summary is a sentence or a few. */
const SUMMARY_MAX_CHARS = 400;

/** A mail client's forwarding line at the head of a forwarded story ("Forwarded from today's Gazette:", "Begin forwarded message:"). */
const FORWARD_MARKER = /^(?:-+ ?)?(?:forwarded (?:message|from|by)|begin forwarded message|fwd?:)\b[^.!?]{0,100}[:-]?$/i;

/**
 * A field of the page's metadata as the last line ("Current Mood: hopeful", "Filed under: Local,
 * Politics"): a label of up to three words and a colon, and a short value that ends no sentence.
 */
const FIELD_LINE = /^\p{Lu}[\p{L}'’]*(?: [\p{L}'’]+){0,2}\s?:\s\S/u;
const FIELD_MAX_WORDS = 10;

/** A writer's bio under the story is a sentence or two. */
const BIO_MAX_CHARS = 400;

/** Unpunctuated lines up to this many words before the story are labels: sections, tools, a player ("Listen to this article 5:12"). */
const LEADING_LABEL_WORDS = 6;

/** An unpunctuated last line up to this many words is a label, not the story's end. */
const TRAILING_LABEL_WORDS = 6;

/**
 * A ticker of headlines in one line: three or more parts of a few words, none a sentence, set
 * apart by bullets or bars ("Breaking Ferry crews walk out • Frost hits the valley • …").
 */
function isHeadlineTicker(p: string): boolean {
  const parts = p.split(/\s[•|·]\s/);
  return parts.length >= 3 && parts.every((part) => labelWords(part) >= 2 && !ENDS_SENTENCE.test(part.trim()));
}

export interface PageText {
  title: string | null;
  author: string | null;
  /** The page's <title>, which repeats the headline with the site name. */
  documentTitle?: string;
  /** Cells of the story's data tables and its runs of lines of figures (results): short unpunctuated lines that are its text, not labels. */
  tableCells?: ReadonlySet<string>;
  /** Headings of a series in the story (two or more of the same level): subheads, not labels, even the first under the headline. */
  subheads?: ReadonlySet<string>;
}

/** Commas in a line: the shape of a closing line ("Name, role", "Name, town, date"). */
const commas = (p: string) => p.split(',').length - 1;
const PROSE_WORDS = 12;
/** Short lines of the same shape after this many prose paragraphs make a pattern of the story's. */
const ECHO_MIN = 2;

/**
 * Short unpunctuated lines with commas that each close a part of the story, as a quote's
 * speaker ("Ruth Kessler, grower") or a letter's signature ("Reader 1, Elmsworth, March 3,
 * 2012") do: lines of one shape (as many commas) are kept when there are three or more of them
 * and at least two follow a prose paragraph. A page's label or date line has no such echoes.
 */
function closingLines(paragraphs: string[]): Set<string> {
  const isProse = (p: string) => ENDS_SENTENCE.test(p) && p.split(' ').length >= PROSE_WORDS;
  const byShape = new Map<number, { lines: string[]; afterProse: number }>();
  paragraphs.forEach((p, i) => {
    if (i === 0 || ENDS_SENTENCE.test(p) || commas(p) === 0 || labelWords(p) > 2 * TRAILING_LABEL_WORDS) return;
    const shape = byShape.get(commas(p)) ?? { lines: [], afterProse: 0 };
    shape.lines.push(p);
    if (isProse(paragraphs[i - 1])) shape.afterProse++;
    byShape.set(commas(p), shape);
  });
  return new Set([...byShape.values()].filter((shape) => shape.lines.length > ECHO_MIN && shape.afterProse >= ECHO_MIN).flatMap((shape) => shape.lines));
}

/**
 * Lines at the head of the story that are page furniture: the headline again, a byline and staff
 * line, a bare date, a standfirst (an unpunctuated summary before the first sentence); and, in the
 * story, ad labels, cross-links and rights lines.
 */
export function dropLeadingFurniture(body: string, { title, author, documentTitle = '', tableCells, subheads }: PageText): string {
  const paragraphs = body.split('\n\n');
  const pageTitle = documentTitle.toLowerCase();
  const closing = closingLines(paragraphs);
  const isFurniture = (p: string) => {
    if (closing.has(p)) return false;
    if (isHeadlineTicker(p)) return true;
    if (p.length <= SUMMARY_MAX_CHARS && (LABELLED_SUMMARY.test(p) || PROVENANCE_NOTE.test(p) || FRAMES_NOTICE.test(p))) return true;
    if (p.length > 160) return false;
    if (FORWARD_MARKER.test(p)) return true;
    const lower = p.toLowerCase();
    if (title && lower === title.toLowerCase()) return true;
    // The headline as the page's <title> gives it, with the site name around it.
    if (!ENDS_SENTENCE.test(p) && p.split(' ').length >= 3 && pageTitle.includes(lower)) return true;
    if ((/^by\s+\p{Lu}/u.test(p) && !ENDS_SENTENCE.test(p)) || /^(?:posted|published|updated)\b/i.test(p) || isPostMeta(p)) return true;
    // "Written by …", "Geschrieben von …", and counters of a CMS's article info ("Hits: 1482", "Views: 3,201").
    if (BYLINE_VERB.test(p.charAt(0).toLowerCase() + p.slice(1)) && p.split(' ').length <= 10 && !ENDS_SENTENCE.test(p)) return true;
    if (/^[\p{L} ]{2,24}:\s*\d[\d.,]*$/u.test(p)) return true;
    // Other languages' "by" are ordinary words too ("Door de regen…"): only a short unpunctuated line.
    if (/^(?:von|par|por|di|door|av|af)\s+\p{Lu}/u.test(p) && p.split(' ').length <= 8 && !ENDS_SENTENCE.test(p)) return true;
    if (author && p.includes(author) && !ENDS_SENTENCE.test(p)) return true;
    if (STAFF_LINE.test(p) && p.split(' ').length <= 6 && !ENDS_SENTENCE.test(p)) return true;
    if (p.length <= 60 && parsePublishedAt(p) !== null && (p.match(/[\p{L}]+/gu)?.length ?? 0) <= 5) return true;
    return false;
  };
  // Labels of page sections ("Sections", "Archives") left over before the first real paragraph;
  // a live blog's first entry time is text.
  let start = 0;
  // A line ending in a colon introduces what follows ("Here is what we know so far:").
  const introduces = (p: string) => p.endsWith(':') && labelWords(p) >= 3;
  const isLabel = (p: string) => labelWords(p) <= LEADING_LABEL_WORDS && !ENDS_SENTENCE.test(p) && !isTimeLabel(p) && !introduces(p) && !subheads?.has(p);
  while (start < paragraphs.length - 1 && isLabel(paragraphs[start])) start++;
  let lead = paragraphs.slice(start).filter((p, i, all) => !(i < 4 && i < all.length - 1 && isFurniture(p)));
  // Labels between the headline or byline and the story (a player, a reading time) go too.
  while (lead.length > 1 && isLabel(lead[0])) lead = lead.slice(1);
  // A standfirst: unpunctuated lines of a summary's length before the story's first sentence; or
  // a headline that the page names nowhere else (no h1, a generic <title>: a print view) over a
  // short line (its byline, "Name, Paper").
  const firstSentence = lead.findIndex((p) => ENDS_SENTENCE.test(p));
  if (firstSentence > 0 && firstSentence <= 2) {
    const head = lead.slice(0, firstSentence);
    const summaryLength = (p: string) => p.split(' ').length >= 6 && p.split(' ').length <= 40;
    const headLine = (p: string) => summaryLength(p) || (head.length === 2 && p === head[1] && labelWords(p) <= LEADING_LABEL_WORDS && !subheads?.has(p));
    const summary = head.every((p) => headLine(p) && !isTimeLabel(p) && !introduces(p)) && summaryLength(head[0]);
    if (summary) lead = lead.slice(firstSentence);
  }
  const kept = lead
    .filter((p) => !AD_LABEL.test(p) && !(CREDIT_LINE.test(p) && p.split(' ').length <= 10) && !(p.length < 200 && RATING_LINE.test(p)))
    .filter((p) => !(p.length < 300 && CROSS_LINK.test(p)));
  // Rights lines and the labels of page sections below the story ("Related stories", "Share this:",
  // "Tags: local, news") close the page, not the story.
  const isTrailingFurniture = (p: string) =>
    (p.length < 400 && (RIGHTS_LINE.test(p) || SIGNED_RIGHTS.test(p) || ARTICLE_NOTE.test(p) || PROVENANCE_NOTE.test(p) || FRAMES_NOTICE.test(p) || POLICY_NOTE.test(p))) ||
    (p.length < 200 && COMMENTS_STATUS.test(p)) ||
    isPostMeta(p) ||
    (p.length < 200 && (CALL_TO_ACTION.test(p) || (POWERED_BY.test(p) && !ENDS_SENTENCE.test(p)))) ||
    (RELEASE_SOURCE.test(p) && p.split(' ').length <= RELEASE_SOURCE_MAX_WORDS) ||
    (!ENDS_SENTENCE.test(p) && ((letterWords(p) <= TRAILING_LABEL_WORDS && labelWords(p) <= 2 * TRAILING_LABEL_WORDS) || (FIELD_LINE.test(p) && labelWords(p) <= FIELD_MAX_WORDS)));
  // The writer's bio closes the page too: a short last paragraph that starts with the writer's name.
  // Or, when the page names no writer, a bio card: a name line (two to four capitalised words) and a short paragraph that starts with it.
  const nameLine = (p: string | undefined) => !!p && /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u.test(p);
  const isBio = (p: string) =>
    p.length < BIO_MAX_CHARS && ((!!author && author.split(' ').length >= 2 && p.startsWith(author)) || (nameLine(kept[kept.length - 2]) && p.startsWith(`${kept[kept.length - 2]} `)));
  const isStoryLine = (p: string) => tableCells?.has(p) || closing.has(p);
  // A separator line after the story's first paragraphs starts its signature or notes: it goes
  // with what follows, when that is a short line (a signature) or less text than what came before.
  const separator = kept.findIndex((p, i) => i >= 2 && SEPARATOR_LINE.test(p));
  if (separator > 0) {
    const wordsIn = (list: string[]) => list.reduce((sum, p) => sum + p.split(' ').length, 0);
    const signature = (kept[separator + 1] ?? '').split(' ').length <= SIGNATURE_MAX_WORDS;
    if (signature || wordsIn(kept.slice(separator + 1)) < wordsIn(kept.slice(0, separator))) kept.length = separator;
  }
  // A signed rights line closes the story: up to three short blocks after it (a syndicator's
  // notes, its own blurb) are the page's foot, with the line.
  for (let i = Math.max(2, kept.length - 1 - AFTER_RIGHTS_MAX); i < kept.length; i++) {
    const p = kept[i];
    if (p.length < 400 && SIGNED_RIGHTS.test(p) && !isStoryLine(p) && kept.slice(i + 1).every((q) => q.length < 400 && !isStoryLine(q))) {
      kept.length = i;
      break;
    }
  }
  while (kept.length > 1 && !isStoryLine(kept[kept.length - 1]) && (isTrailingFurniture(kept[kept.length - 1]) || isBio(kept[kept.length - 1]))) kept.pop();
  return kept.join('\n\n');
}
