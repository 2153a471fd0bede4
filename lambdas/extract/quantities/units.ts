// What a figure counts: the noun after it, and whether that noun is a unit of measure.

/** Heads that make a figure a measured QUANTITY rather than a plain count. */
export const MEASURE_UNITS = new Set([
  'tonnes', 'tonne', 'tons', 'ton', 'kg', 'kilograms', 'kilogram', 'kilos', 'grams', 'gram', 'mg', 'ounces', 'ounce', 'oz',
  'lbs', 'lb', 'barrels', 'barrel', 'bpd', 'bags', 'bag', 'bales', 'bale', 'bushels', 'bushel', 'doses', 'dose',
  'liters', 'litres', 'liter', 'litre', 'gallons', 'gallon', 'cubic', 'meters', 'metres', 'meter', 'metre', 'km',
  'kilometers', 'kilometres', 'kilometer', 'kilometre', 'miles', 'mile', 'feet', 'foot', 'inches', 'inch', 'yards',
  'acres', 'acre', 'hectares', 'hectare', 'square', 'megawatts', 'megawatt', 'mw', 'gw', 'gigawatts', 'kwh', 'mwh',
  'twh', 'btu', 'degrees', 'degree', 'calories', 'carats', 'crates', 'containers', 'cartons', 'boxes', 'units',
  'vials', 'pills', 'tablets', 'bottles', 'cans', 'sacks', 'lots', 'contracts', 'shares', 'bcm', 'mcm', 'cbm', 'teu',
]);

/** Durations and clock words: the figure is a time expression, not a quantity. */
export const TIME_UNITS = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months',
  'year', 'years', 'decade', 'decades', 'century', 'centuries', 'a.m.', 'p.m.', 'am', 'pm', 'gmt', 'utc', 'est', 'edt', 'et',
  'bst', 'cet', 'o’clock', "o'clock", 'year-old', 'years-old', 'yr',
]);

export const MONTHS = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$/i;

/** Words that end a counted-noun phrase. */
export const UNIT_STOP = new Set([
  'of', 'in', 'on', 'at', 'for', 'to', 'from', 'by', 'with', 'between', 'among', 'and', 'or', 'but', 'than', 'as', 'per',
  'that', 'which', 'who', 'whom', 'whose', 'have', 'has', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'will', 'would',
  'could', 'can', 'may', 'might', 'should', 'must', 'do', 'does', 'did', 'the', 'a', 'an', 'this', 'these', 'those', 'its',
  'their', 'his', 'her', 'our', 'my', 'your', 'it', 'they', 'he', 'she', 'we', 'i', 'you', 'there', 'here', 'so', 'so-called',
  'last', 'this', 'next', 'ago', 'earlier', 'later', 'each', 'every', 'more', 'less', 'fewer', 'most', 'least', 'over',
  'under', 'after', 'before', 'during', 'since', 'until', 'when', 'while', 'where', 'if', 'because', 'said', 'says', 'say',
  'not', 'also', 'only', 'just', 'about', 'into', 'out', 'up', 'down', 'off', 'against', 'through', 'percent', 'per', 'cent',
  'times', 'apiece', 'each', 'respectively', 'alone', 'total', 'altogether', 'overall', 'now', 'then', 'already', 'yet',
]);
