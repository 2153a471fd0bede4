import { expect, it } from 'vitest';
import { detectLanguage, languageTag } from './language.js';

it.each([
  ['en', 'The government said on Tuesday that it would raise taxes on tobacco and alcohol to pay for the new hospitals.'],
  ['es', 'El Gobierno anunció el martes que subirá los impuestos sobre el tabaco y el alcohol para pagar los nuevos hospitales.'],
  ['fr', 'Le gouvernement a annoncé mardi qu’il augmenterait les taxes sur le tabac et l’alcool pour financer les nouveaux hôpitaux.'],
  ['de', 'Die Regierung kündigte am Dienstag an, dass sie die Steuern auf Tabak und Alkohol erhöhen wird, um die neuen Krankenhäuser zu bezahlen.'],
  ['it', 'Il governo ha annunciato martedì che aumenterà le tasse sul tabacco e sull’alcol per pagare i nuovi ospedali della regione.'],
  ['pt', 'O governo anunciou na terça-feira que vai aumentar os impostos sobre o tabaco e o álcool para pagar os novos hospitais.'],
  ['nl', 'De regering heeft dinsdag aangekondigd dat zij de belasting op tabak en alcohol zal verhogen om de nieuwe ziekenhuizen te betalen.'],
  ['ru', 'Правительство во вторник объявило, что повысит налоги на табак и алкоголь, чтобы оплатить строительство новых больниц.'],
  ['uk', 'Уряд у вівторок оголосив, що підвищить податки на тютюн і алкоголь, щоб оплатити будівництво нових лікарень.'],
  ['ar', 'أعلنت الحكومة يوم الثلاثاء أنها سترفع الضرائب على التبغ والكحول لتمويل المستشفيات الجديدة في البلاد.'],
  ['zh', '政府周二宣布，将提高烟草和酒精税，用于支付新建医院的费用。'],
  ['ja', '政府は火曜日、新しい病院の費用を賄うため、たばこと酒の税金を引き上げると発表した。'],
  ['el', 'Η κυβέρνηση ανακοίνωσε την Τρίτη ότι θα αυξήσει τους φόρους στον καπνό και το αλκοόλ για τα νέα νοσοκομεία.'],
])('%s', (language, text) => {
  expect(detectLanguage(text)).toBe(language);
});

it('says nothing for text too short or without words', () => {
  expect(detectLanguage('OK')).toBeNull();
  expect(detectLanguage('12,345 67.8% 2020')).toBeNull();
});

it('reads declared tags', () => {
  expect(languageTag('en-GB')).toBe('en');
  expect(languageTag('pt_BR')).toBe('pt');
  expect(languageTag('English')).toBeNull();
});
