// Sorts a wrong value (a gold span matched by a system span of another value) into the kinds that
// docs/quality/time.md discusses, by the shape of the two values alone: most of TimeBank's
// disagreements with TimeML-style values are conventions, not misreadings, and this tells them apart.

export const VALUE_ERROR_CLASSES = [
  'gold underspecified',
  'part of day',
  'zone',
  'vague ref vs duration',
  'duration vs point',
  'quarter or year-ago period',
  'another day',
  'other',
] as const;

export type ValueErrorClass = (typeof VALUE_ERROR_CLASSES)[number];

const isDuration = (v: string) => /^P/.test(v);
const isRef = (v: string) => /_REF$/.test(v);
const DAY = /^\d{4}-\d\d-\d\d$/;

export function valueErrorClass(gold: string, system: string): ValueErrorClass {
  // "1989-WXX", "1968-XX", "1988-QX", "199X" where we give the week, the year, the quarter, "199".
  if (!isDuration(gold) && gold.includes('X') && !system.includes('X')) return 'gold underspecified';
  // "Friday night": the plain date against the TimeML TIME (…TNI), or one part of day for another.
  const partOfDay = /T(?:NI|MO|AF|EV|DT)$/;
  if ((partOfDay.test(gold) || partOfDay.test(system)) && gold.slice(0, 10) === system.slice(0, 10)) return 'part of day';
  // "…T17:00-05" where the annotators dropped the zone.
  if (/(?:Z|[-+]\d\d(?:\d\d)?)$/.test(system) && system.startsWith(gold)) return 'zone';
  if ((isRef(gold) && isDuration(system)) || (isRef(system) && isDuration(gold))) return 'vague ref vs duration';
  if (isDuration(gold) !== isDuration(system)) return 'duration vs point';
  if (/Q/.test(gold) || /Q/.test(system)) return 'quarter or year-ago period';
  if (DAY.test(gold) && DAY.test(system)) return 'another day';
  return 'other';
}
