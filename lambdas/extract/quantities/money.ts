// Currency symbols, codes and names → ISO 4217.

/** Written before the amount: "$5", "£600m", "US$ 3". */
export const PREFIX_CURRENCY: Record<string, string> = {
  $: 'USD', us$: 'USD', usd: 'USD', '£': 'GBP', gbp: 'GBP', '€': 'EUR', eur: 'EUR', '¥': 'JPY', jpy: 'JPY',
  'c$': 'CAD', cad: 'CAD', 'a$': 'AUD', aud: 'AUD', 'hk$': 'HKD', chf: 'CHF', rub: 'RUB', '₽': 'RUB',
  cny: 'CNY', rmb: 'CNY', inr: 'INR', '₹': 'INR', 'rs': 'INR', 'rs.': 'INR', brl: 'BRL', 'r$': 'BRL', krw: 'KRW',
  '₩': 'KRW', mxn: 'MXN', zar: 'ZAR', sek: 'SEK', nok: 'NOK', dkk: 'DKK', pln: 'PLN', try: 'TRY', '₺': 'TRY',
  ves: 'VES', sgd: 'SGD', 'nz$': 'NZD', nzd: 'NZD',
};

/** Written after the amount: "5.93 mln dlrs", "20 euros", "300 stg". */
export const SUFFIX_CURRENCY: Record<string, string> = {
  dollars: 'USD', dollar: 'USD', dlrs: 'USD', dlr: 'USD', usd: 'USD', euros: 'EUR', euro: 'EUR', eur: 'EUR',
  pounds: 'GBP', stg: 'GBP', sterling: 'GBP', gbp: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rubles: 'RUB',
  roubles: 'RUB', ruble: 'RUB', rouble: 'RUB', rupees: 'INR', rupee: 'INR', francs: 'CHF', pesos: 'MXN',
  bolivars: 'VES', won: 'KRW', reais: 'BRL', rand: 'ZAR', lira: 'TRY', krona: 'SEK', kronor: 'SEK',
  cents: 'USD', pence: 'GBP', p: 'GBP', rupiah: 'IDR', ringgit: 'MYR', baht: 'THB', dong: 'VND', naira: 'NGN',
  shekels: 'ILS', shekel: 'ILS', dirhams: 'AED', dirham: 'AED', riyals: 'SAR', riyal: 'SAR', zlotys: 'PLN', zloty: 'PLN',
  forints: 'HUF', forint: 'HUF', hryvnias: 'UAH', hryvnia: 'UAH', kroner: 'DKK', krone: 'NOK', liras: 'TRY',
};

/** Fractions of the main unit: "50 cents" is 0.5 USD. */
export const SUBUNIT: Record<string, number> = { cents: 0.01, pence: 0.01, p: 0.01 };

/** Adjectives that qualify a dollar ("Canadian dollars", "Hong Kong dollars"). */
export const DOLLAR_QUALIFIERS: Record<string, string> = {
  canadian: 'CAD', australian: 'AUD', 'new zealand': 'NZD', 'hong kong': 'HKD', singapore: 'SGD', taiwan: 'TWD', us: 'USD', u: 'USD',
};
