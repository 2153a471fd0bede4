// Whether a news page says that it withholds the story behind a subscription: schema.org's
// isAccessibleForFree, a paywall or registration-wall element, or the prompt's own words. The
// page's visible text is still the article; the flag tells the reader that it may be a teaser.
import { classAttribute, type DomDocument, type DomElement, elementsWhere, nameOf, tagIn } from './markup.js';

/** Class or id of the prompt that replaces the rest of a story (Piano, Poool, metered and registration walls). */
const WALL_NAME = /(?:^|[\s_-])(?:paywall|pay-wall|regwall|reg-wall|registration-wall|meter-?wall|metered-content|piano-(?:offer|template|paywall)|poool|premium-(?:wall|barrier|gate)|subscriber-only|subscription-(?:wall|gate|required)|article-locked|content-locked)(?:$|[\s_-])/i;
/** The prompt's words, in the languages of the language detector's stopword lists. */
const WALL_TEXT = new RegExp(
  [
    '(?:subscribe|sign in|log in|register|become a (?:subscriber|member)) (?:now |today )?to (?:continue|keep) reading',
    '(?:subscribe|sign in|log in) (?:now |today )?to (?:read|unlock|access) (?:the (?:full|whole|rest of the) )?(?:this )?(?:article|story)',
    'continue reading (?:with|by (?:becoming|taking out)) (?:a |an )?(?:subscription|membership|subscriber|member)',
    // The gate's own heading: "This story is for subscribers", "This article is only available to members".
    '(?:this|the) (?:article|story|content|piece) is (?:only )?(?:available |reserved |exclusive )?(?:only )?(?:to|for) (?:paying |premium |digital )?(?:subscribers|members)',
    '(?:for|exclusive to) subscribers only',
    'you have reached your (?:limit|maximum) of free articles',
    'réservé aux abonnés',
    'exclusivo para (?:suscriptores|assinantes)',
    'riservato agli abbonati',
    'alleen (?:voor|beschikbaar voor) abonnees',
    'nur für abonnenten',
    'lesen sie weiter mit',
    'weiterlesen mit (?:plus|abo)',
    'доступен только (?:для )?подписчикам',
  ].join('|'),
  'i',
);
/** Prompts are short; a long block that mentions subscribing is story text. */
const PROMPT_MAX_CHARS = 600;

export function isPaywalled(document: DomDocument, accessibleForFree: boolean | null): boolean {
  if (accessibleForFree === false) return true;
  // One walk for the content tier's meta tag (the first, as a selector finds it) and the wall's names.
  let tierElement: DomElement | null = null;
  let named = false;
  elementsWhere(document, (element) => {
    if (!tierElement && nameOf(element) === 'meta' && (element.getAttribute('name') === 'article:content_tier' || element.getAttribute('property') === 'article:content_tier')) tierElement = element;
    if (!named && (classAttribute(element) !== null || element.getAttribute('id') !== null) && WALL_NAME.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`)) named = true;
    return false;
  });
  const tier = (tierElement as DomElement | null)?.getAttribute('content');
  if (tier && /^(?:locked|metered|premium)$/i.test(tier.trim())) return true;
  if (named) return true;
  // One pass over the page's text first: the element walk below runs only on pages that say it.
  if (!WALL_TEXT.test(document.body?.textContent ?? '')) return false;
  for (const element of elementsWhere(document, tagIn('H2', 'H3', 'H4', 'P', 'DIV', 'SECTION', 'ASIDE'))) {
    const text = element.textContent ?? '';
    if (text.length < PROMPT_MAX_CHARS && WALL_TEXT.test(text)) return true;
  }
  return false;
}
