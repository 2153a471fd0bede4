// Stories for the varied news-page set (page-set.ts). All text here is original prose written for
// this project: places, people and events are invented. A paragraph that starts with "## " is a
// subhead; it belongs to the article text like any paragraph.

export interface Story {
  id: string;
  /** ISO 639-1 code of the story's language. */
  lang: string;
  title: string;
  standfirst: string;
  author: string;
  /** ISO date-time of publication. */
  date: string;
  /** Dateline place in capitals, as a wire desk writes it. */
  place: string;
  paragraphs: string[];
  captions: string[];
}

export const STORIES: Story[] = [
  {
    id: 'ferry-strike',
    lang: 'en',
    title: 'Island ferry crews walk out over rota changes',
    standfirst: 'Commuters face a week of cancelled crossings as talks between the operator and the union stall',
    author: 'Morag Ellison',
    date: '2021-03-09T07:30:00Z',
    place: 'PORTKIRK',
    paragraphs: [
      'Crews on the three ferries linking Portkirk with the Selva islands stopped work at dawn on Tuesday, leaving about 4,000 daily passengers without their usual crossing and lorries queuing along the harbour road.',
      'The seafarers’ union said the operator, Selva Lines, had imposed a new rota that would cut rest days between shifts from three to two without consulting staff. The company said the change was needed to keep a winter timetable running with fewer vessels.',
      '"Nobody wants to strand a nurse on the wrong side of the water," said Callum Reid, the union’s branch secretary. "But a tired deckhand on a night crossing in February is a danger to everybody on board."',
      'Selva Lines chartered two fishing boats to carry medical staff and schoolchildren, and the island council opened its sports hall as a rest area for travellers who could not get home.',
      'Shopkeepers on Great Selva said fresh milk and bread had run out by midday. The island’s only petrol station rationed drivers to 20 litres each.',
      'Talks are due to resume on Thursday at the offices of the regional transport board, which part-funds the service. The strike is scheduled to last seven days.',
    ],
    captions: ['Lorries queue on the harbour road at Portkirk on Tuesday morning.', 'The ferry Selva Dawn tied up at the pier during the walkout.'],
  },
  {
    id: 'orchard-frost',
    lang: 'en',
    title: 'Late frost wipes out half of valley’s apple blossom',
    standfirst: 'Growers say the cold snap is the worst since 1997 and warn of higher prices in the autumn',
    author: 'Daniel Okafor',
    date: '2019-04-22T16:05:00-04:00',
    place: 'HARLOW CREEK',
    paragraphs: [
      'Two nights of hard frost last week destroyed roughly half of the apple blossom in the Harlow Creek valley, growers said on Monday, in the worst spring freeze the region has seen in more than twenty years.',
      'Temperatures fell to minus 4 degrees Celsius in the early hours of Thursday and Friday, just as most orchards reached full bloom. Blossom that freezes at that stage turns brown within a day and sets no fruit.',
      '## Fans and fires through the night',
      'Some farmers ran wind machines and lit straw fires between the rows to keep the air moving. Ruth Kessler, who farms 60 hectares above the creek, said her family stayed up both nights.',
      '"We saved the top of the hill and lost the bottom," she said. "Cold air runs downhill like water. There is nothing you can do once it pools."',
      '## Prices expected to rise',
      'The valley supplies about a fifth of the state’s dessert apples. The growers’ cooperative said shoppers should expect prices for local fruit to rise by as much as 30 percent when the harvest comes in.',
      'State agriculture officials said they would survey the damage this week to decide whether farmers qualify for disaster relief loans.',
    ],
    captions: ['Frost-damaged blossom on a tree near Harlow Creek.', 'Ruth Kessler inspects her orchard on Monday.'],
  },
  {
    id: 'library-reopens',
    lang: 'en',
    title: 'Flood-hit library reopens with books rescued by volunteers',
    standfirst: 'Nearly 12,000 volumes were dried in a cold store after the river burst its banks',
    author: 'Priya Natarajan',
    date: '2016-11-14T09:00:00+00:00',
    place: 'ELMSWORTH',
    paragraphs: [
      'Elmsworth’s central library reopened on Monday, eleven months after floodwater filled its ground floor to a depth of more than a metre.',
      'Volunteers formed a human chain on the morning after the flood to carry wet books to refrigerated lorries lent by a local food distributor. Frozen quickly, paper can be dried slowly without growing mould.',
      'Of the 12,000 books that went into the cold store, about 9,500 came back fit to lend, the library’s manager, Helen Bryce, said. The local history collection, including parish registers from the 1700s, was saved almost entire.',
      '"People arrived in wellies and pyjamas," Bryce said. "By ten o’clock there were a hundred of them passing books from hand to hand."',
      'The ground floor has been rebuilt with tiled floors and electrical sockets a metre above the ground. Shelving on wheels can be moved upstairs when a flood warning is issued.',
      'The council spent £1.4 million on the repairs, most of it covered by insurance. Children’s story sessions resume on Saturday.',
    ],
    captions: ['Volunteers carry books out of the library the morning after the flood.', 'The rebuilt ground floor, with shelving on wheels.'],
  },
  {
    id: 'rail-tunnel',
    lang: 'en',
    title: 'Engineers finish boring the longest rail tunnel in the north',
    standfirst: 'The 14-kilometre bore under the Carran hills will cut the journey to the coast by 40 minutes',
    author: 'Tomás Herrera',
    date: '2024-02-01T11:20:00+01:00',
    place: 'CARRAN',
    paragraphs: [
      'A tunnel boring machine broke through into daylight at the northern portal of the Carran tunnel on Thursday, completing the excavation of what will be the longest railway tunnel in the region.',
      'The machine, named Agnes after the grandmother of a local schoolgirl who won a naming competition, advanced about 18 metres a day for two and a half years.',
      '## What happens next',
      'Crews will now lay concrete track beds, drainage and overhead power lines. The operator expects test trains to run through the tunnel late next year and passenger services to begin in 2026.',
      'Journeys from the capital to the port of Skelby will fall from 2 hours 35 minutes to just under two hours, the infrastructure ministry said.',
      '## Costs and delays',
      'The project has cost 3.2 billion euros, about 600 million more than budgeted, partly because the machine met a band of fractured rock that had to be grouted before it could advance.',
      '"Hard rock is easy," said the project director, Ilse Brandt. "It is the broken rock that keeps you awake."',
      'Residents of villages above the tunnel, who complained of vibration during the boring, will be offered free surveys of their houses.',
    ],
    captions: ['The cutting head of the boring machine emerges at the northern portal.', 'Workers celebrate the breakthrough on Thursday.'],
  },
  {
    id: 'council-budget',
    lang: 'en',
    title: 'City council approves budget with cuts to street lighting',
    standfirst: 'Lights on residential streets will be dimmed after midnight to save 2 million a year',
    author: 'Grace Whitaker',
    date: '2012-02-28T21:45:00-05:00',
    place: 'BRANDON FALLS',
    paragraphs: [
      'The Brandon Falls city council voted 7 to 4 on Tuesday night to approve a budget that closes a 9 million dollar gap with a mix of fee increases and cuts, including dimming street lights in residential areas after midnight.',
      'The lighting change alone is expected to save about 2 million dollars a year in electricity and maintenance. Main roads and intersections will stay fully lit.',
      'Council member Janet Ruiz, who voted against the budget, said the cuts fell hardest on neighbourhoods with the least money. "People who work night shifts walk home on those streets," she said.',
      'The budget also raises parking fees downtown by 25 cents an hour and closes two of the city’s five public pools on Mondays during the summer.',
      'Mayor Robert Lindqvist said the council had protected police and fire staffing and avoided layoffs. "Nobody on this council likes every line in this budget," he said. "That is usually the sign of a fair one."',
      'The new budget takes effect on July 1.',
    ],
    captions: ['Council members debate the budget on Tuesday night.', 'A residential street in Brandon Falls after dark.'],
  },
  {
    id: 'chess-prodigy',
    lang: 'en',
    title: 'Twelve-year-old becomes youngest national chess champion',
    standfirst: 'Amira Haddad beat three grandmasters on her way to the title',
    author: 'Leo Marchetti',
    date: '2023-08-13T18:10:00+00:00',
    place: 'LONDON',
    paragraphs: [
      'Amira Haddad, a twelve-year-old schoolgirl from Leicester, won the national chess championship on Sunday, becoming the youngest player ever to take the title.',
      'Haddad finished the nine-round tournament with seven and a half points, half a point ahead of the defending champion. She beat three grandmasters along the way, including a 41-move win in the final round.',
      'She learned the game at six, her father said, from a set bought at a charity shop. She now trains online with a coach in Serbia for two hours after school most days.',
      '"I was nervous in the first game and then I forgot about it," Haddad said after the prize-giving. "In the last game I just wanted to play a good game. I did not think about the title."',
      'The title earns her a place in the national team for the Olympiad in the autumn. The English Chess Federation said it would help the family with travel costs.',
    ],
    captions: ['Amira Haddad during the final round on Sunday.'],
  },
  {
    id: 'drought-wells',
    lang: 'en',
    title: 'Villagers dig deeper as wells run dry across the plateau',
    standfirst: 'A third year of poor rains has pushed groundwater to record lows',
    author: 'Samuel Achebe',
    date: '2008-05-17T10:00:00+00:00',
    place: 'KORAMO',
    paragraphs: [
      'In the village of Koramo, women now walk nine kilometres each morning to fetch water from a borehole in the next valley, because the two wells in the village square have run dry for the first time anyone can remember.',
      'A third year of poor rains on the plateau has pushed groundwater levels to their lowest since records began in the 1960s, according to the regional water office.',
      'Villagers have tried to deepen the wells by hand, digging another six metres with picks and buckets, but hit rock before reaching water.',
      '"My grandmother told me these wells never failed, even in the great drought," said Fatoumata Diallo, who sells vegetables at the weekly market. "Now we buy water from the tanker, when it comes."',
      'The tanker, paid for by an aid agency, visits twice a week. A family of eight needs about 20 jerrycans a day for drinking, cooking and washing.',
      'The regional government has promised to drill ten new boreholes before the rainy season, but officials said the drilling rigs were booked for months.',
      'Farmers have sold goats and cattle they can no longer water, and prices at the livestock market have halved since January.',
    ],
    captions: ['Women queue at a borehole near Koramo.', 'A dry well in the village square.'],
  },
  {
    id: 'museum-heist',
    lang: 'en',
    title: 'Stolen medieval chalice found in left-luggage locker',
    standfirst: 'Police say the thieves may have panicked when the theft made international news',
    author: 'Claire Dufresne',
    date: '2014-07-03T14:35:00+02:00',
    place: 'AUBERVAL',
    paragraphs: [
      'A 13th-century silver chalice stolen from the cathedral museum in Auberval two weeks ago has been found in a left-luggage locker at the city’s main railway station, police said on Thursday.',
      'A station cleaner noticed a bad smell from the locker, which had not been opened for ten days. Inside, wrapped in a towel next to a forgotten packed lunch, was the chalice.',
      'The cup, which is decorated with enamel scenes of the life of Saint Agnes, was taken during opening hours by two men who distracted a guard by asking for directions to the crypt.',
      'Investigators believe the thieves could not find a buyer once photographs of the chalice appeared in newspapers across Europe. "An object like this cannot be sold," said Inspector Marc Vidal. "Every dealer in the world knows what it looks like."',
      'The chalice was slightly scratched but otherwise undamaged, the museum’s curator said. It will go back on display next month behind new glass.',
      'Police are studying footage from station cameras. No arrests have been made.',
    ],
    captions: ['The recovered chalice at police headquarters in Auberval.', 'The cathedral museum, from which the chalice was taken.'],
  },
  {
    id: 'de-stadtwerke',
    lang: 'de',
    title: 'Stadtwerke erhöhen Fernwärmepreis um ein Viertel',
    standfirst: 'Mieter in 30.000 Wohnungen müssen im Winter mit deutlich höheren Nebenkosten rechnen',
    author: 'Anja Wehrmann',
    date: '2022-09-27T06:00:00+02:00',
    place: 'LINDENAU',
    paragraphs: [
      'Die Stadtwerke Lindenau erhöhen den Preis für Fernwärme zum 1. November um 26 Prozent. Betroffen sind rund 30.000 Wohnungen und mehrere hundert Gewerbebetriebe im Stadtgebiet, wie das Unternehmen am Dienstag mitteilte.',
      'Als Grund nannte Geschäftsführer Holger Brandes die gestiegenen Kosten für Erdgas, mit dem das Heizkraftwerk am Hafen betrieben wird. Der Einkaufspreis habe sich seit dem vergangenen Jahr mehr als verdreifacht.',
      'Für eine durchschnittliche Dreizimmerwohnung bedeutet die Erhöhung nach Berechnungen der Stadtwerke Mehrkosten von etwa 35 Euro im Monat.',
      '„Viele unserer Mitglieder wissen schon jetzt nicht, wie sie die Abschläge bezahlen sollen“, sagte Ingrid Hoffmann vom Mieterverein Lindenau. Sie forderte die Stadt auf, einen Härtefallfonds einzurichten.',
      'Die Stadtverwaltung kündigte an, im Oktober über Hilfen für Haushalte mit geringem Einkommen zu beraten. Das neue Holzheizwerk, das einen Teil des Gases ersetzen soll, geht frühestens 2024 in Betrieb.',
    ],
    captions: ['Das Heizkraftwerk am Hafen von Lindenau.', 'Fernwärmeleitungen in der Innenstadt.'],
  },
  {
    id: 'fr-boulangerie',
    lang: 'fr',
    title: 'Dans le village de Saint-Aubin, la dernière boulangerie rouvre grâce à une cagnotte',
    standfirst: 'Les habitants ont réuni 48 000 euros pour racheter le fonds de commerce',
    author: 'Mathilde Roussel',
    date: '2020-10-05T08:15:00+02:00',
    place: 'SAINT-AUBIN',
    paragraphs: [
      'Fermée depuis le départ à la retraite de son propriétaire au printemps, la seule boulangerie de Saint-Aubin a rouvert ses portes samedi matin, grâce à une cagnotte lancée par les habitants du village.',
      'En trois mois, près de 400 donateurs ont réuni 48 000 euros, de quoi racheter le fonds de commerce et remettre en état le four à bois, qui date des années 1950.',
      'La nouvelle boulangère, Élodie Marchand, 31 ans, a quitté un poste de comptable à Lyon pour reprendre l’affaire. « J’ai appris le métier en alternance pendant deux ans, le soir et le week-end », raconte-t-elle.',
      'Dès sept heures, une file d’attente s’étirait jusqu’à la place de l’église. Les premières baguettes ont été vendues en moins d’une heure.',
      '« Sans boulangerie, un village meurt doucement », estime le maire, Jean-Pierre Vautrin. La commune loue le local pour un euro symbolique pendant les deux premières années.',
    ],
    captions: ['Élodie Marchand devant son four à bois samedi.', 'La file d’attente devant la boulangerie.'],
  },
  {
    id: 'es-incendio',
    lang: 'es',
    title: 'Un incendio forestal obliga a desalojar tres pueblos en la sierra',
    standfirst: 'Más de 600 vecinos pasaron la noche en un polideportivo',
    author: 'Lucía Ferrer',
    date: '2017-08-06T12:40:00+02:00',
    place: 'VALDEROS',
    paragraphs: [
      'Un incendio forestal declarado el sábado por la tarde en la sierra de Valderos obligó a desalojar durante la noche a unos 600 vecinos de tres pueblos, según informó el servicio de emergencias de la comunidad.',
      'Las llamas, avivadas por rachas de viento de hasta 60 kilómetros por hora, han recorrido ya unas 1.800 hectáreas de pinar y matorral. Trabajan en la zona 14 medios aéreos y más de 300 bomberos.',
      'Los vecinos desalojados pasaron la noche en el polideportivo municipal de Valderos, donde la Cruz Roja repartió mantas y comida.',
      '«Vimos el resplandor detrás del monte y a las once vino la Guardia Civil casa por casa», contó Antonio Morales, de 72 años, vecino de Fuentelapeña.',
      'Los técnicos esperan que la bajada de las temperaturas prevista para el lunes permita estabilizar el fuego. Las causas del incendio se investigan.',
    ],
    captions: ['Un hidroavión descarga agua sobre el pinar de Valderos.', 'Vecinos desalojados en el polideportivo.'],
  },
  {
    id: 'it-ponte',
    lang: 'it',
    title: 'Riapre il ponte sul fiume Serra dopo due anni di lavori',
    standfirst: 'Il collegamento tra le due sponde era chiuso dall’alluvione del 2021',
    author: 'Giulia Ferraris',
    date: '2023-05-19T10:30:00+02:00',
    place: 'MONTEVERDE',
    paragraphs: [
      'È stato riaperto al traffico venerdì mattina il ponte sul fiume Serra a Monteverde, chiuso da due anni dopo che l’alluvione dell’ottobre 2021 aveva danneggiato uno dei piloni centrali.',
      'I lavori, costati 7,5 milioni di euro, hanno previsto la demolizione del pilone e la costruzione di una nuova campata in acciaio lunga 48 metri.',
      'Durante la chiusura, gli abitanti della sponda sinistra erano costretti a una deviazione di 22 chilometri per raggiungere l’ospedale e le scuole superiori.',
      '«Per due anni abbiamo fatto i conti con la strada provinciale ogni mattina», ha detto Marco Bellini, che gestisce un forno sulla riva destra. «Oggi è una festa per tutto il paese».',
      'Alla cerimonia erano presenti il sindaco e il presidente della provincia. Il ponte sarà percorribile anche dai mezzi pesanti fino a 44 tonnellate.',
    ],
    captions: ['Il nuovo ponte sul fiume Serra il giorno dell’inaugurazione.'],
  },
  {
    id: 'pt-pescadores',
    lang: 'pt',
    title: 'Pescadores da Ribeira protestam contra nova quota de sardinha',
    standfirst: 'Barcos ficaram no porto em sinal de protesto',
    author: 'Rui Cardoso',
    date: '2018-03-12T15:00:00+00:00',
    place: 'RIBEIRA',
    paragraphs: [
      'Cerca de quarenta barcos de pesca ficaram amarrados no porto da Ribeira nesta segunda-feira, em protesto contra a nova quota de captura de sardinha anunciada pelo governo na semana passada.',
      'A quota para este ano foi reduzida em 30 por cento, o que, segundo a associação de armadores, põe em risco cerca de 200 postos de trabalho na vila.',
      '«Com esta quota, pescamos até junho e depois ficamos parados o resto do ano», disse José Almeida, mestre de um cerco com onze tripulantes.',
      'O ministério do mar justificou a redução com os pareceres científicos, que apontam para uma recuperação lenta do stock nos últimos anos.',
      'Os pescadores pedem apoios para os meses de paragem e prometem novas ações se não forem recebidos pelo ministro até ao fim do mês.',
    ],
    captions: ['Barcos de pesca amarrados no porto da Ribeira.'],
  },
  {
    id: 'nl-dijk',
    lang: 'nl',
    title: 'Waterschap begint aan versterking van de Zuiderdijk',
    standfirst: 'De werkzaamheden duren vier jaar en kosten 120 miljoen euro',
    author: 'Pieter de Graaf',
    date: '2021-06-08T09:45:00+02:00',
    place: 'HOORNVELD',
    paragraphs: [
      'Het waterschap is dinsdag begonnen met de versterking van een twaalf kilometer lang deel van de Zuiderdijk bij Hoornveld. De dijk voldoet niet meer aan de nieuwe veiligheidsnormen.',
      'De dijk wordt op sommige plaatsen anderhalve meter hoger en aan de landkant breder. Daarvoor moeten ongeveer twintig woningen worden gekocht of verplaatst.',
      'Bewoners van het dijkdorp Oosterend maken zich zorgen over het vrachtverkeer. Volgens het waterschap rijden er in de drukste periode tot honderd vrachtwagens per dag.',
      '„We begrijpen dat dit veel vraagt van de omgeving”, zei dijkgraaf Marieke Post. „Maar de dijk beschermt honderdduizend mensen tegen het water.”',
      'De werkzaamheden duren naar verwachting vier jaar. Het fietspad op de dijk blijft in die tijd grotendeels open.',
    ],
    captions: ['Een graafmachine aan het werk op de Zuiderdijk.'],
  },
  {
    id: 'ru-zavod',
    lang: 'ru',
    title: 'В Заречье после ремонта открылась детская библиотека',
    standfirst: 'Здание не ремонтировали почти сорок лет',
    author: 'Ольга Смирнова',
    date: '2019-09-02T12:00:00+03:00',
    place: 'ЗАРЕЧЬЕ',
    paragraphs: [
      'В городе Заречье в понедельник после капитального ремонта открылась детская библиотека, здание которой не ремонтировали почти сорок лет.',
      'В библиотеке заменили окна, крышу и отопление, а в читальном зале появилась зона для малышей с мягкой мебелью и настольными играми.',
      'Фонд пополнили более чем тремя тысячами новых книг. Часть из них передали жители города в ходе акции «Подари книгу».',
      '«Раньше зимой дети читали в куртках, потому что в зале было холодно», рассказала директор библиотеки Нина Павлова.',
      'Ремонт обошелся в 18 миллионов рублей. Библиотека будет работать ежедневно, кроме понедельника, с десяти утра до семи вечера.',
    ],
    captions: ['Читальный зал после ремонта.'],
  },
];

/** Reader comments, in the story's language where one is written, else English. */
export const COMMENTS: Record<string, string[]> = {
  en: [
    'This is exactly what happened in our town ten years ago and nobody learned anything from it. The same people made the same promises and we are still waiting for the money they said would come.',
    'Good to see some positive news for once. My kids used to go there every weekend and they have been asking when it would open again.',
    'Typical. The people who decide these things never have to live with the consequences, and the rest of us pay for it twice over in higher bills and worse services.',
    'Does anyone know if the timetable on the website is up to date? I tried calling the office three times this morning and nobody picked up the phone.',
    'I remember my grandfather telling me stories about this when I was small. It is strange to read about it in the paper after all these years.',
    'The article does not mention that the same plan was rejected in 2009 because of the cost. What has changed since then apart from the people in charge?',
  ],
  de: ['Das war doch absehbar. Seit Jahren wird nichts investiert und jetzt sollen die Bürger zahlen.', 'Gut, dass endlich jemand darüber berichtet. Bei uns im Viertel reden alle seit Wochen von nichts anderem.'],
  fr: ['Bravo aux habitants, c’est un bel exemple de solidarité qu’on aimerait voir plus souvent.', 'Il faudrait que l’État aide aussi les villages qui n’ont pas les moyens de lancer une cagnotte.'],
  es: ['Todos los veranos lo mismo. Hace falta limpiar el monte en invierno y no cuando ya arde.', 'Mucho ánimo a los vecinos y gracias a los bomberos por su trabajo.'],
  it: ['Finalmente! Due anni di deviazioni sono stati davvero troppi per chi lavora dall’altra parte.'],
  pt: ['Sem apoio do governo a pesca artesanal vai acabar em poucos anos.'],
  nl: ['Eindelijk. Wij wonen achter de dijk en dit had jaren geleden al moeten gebeuren.'],
  ru: ['Наконец-то! Мы ходили туда еще в детстве, и с тех пор там ничего не менялось.'],
};

/** Page furniture words, per language. */
export interface Labels {
  related: string;
  readMore: string;
  comments: string;
  share: string;
  newsletter: string;
  subscribe: string;
  mostRead: string;
  home: string;
  sections: string[];
  photo: string;
}

const EN: Labels = {
  related: 'Related stories', readMore: 'Read more', comments: 'Comments', share: 'Share this article',
  newsletter: 'Get our morning briefing in your inbox every weekday. Sign up now, it is free.',
  subscribe: 'Subscribe to keep reading. Get unlimited access for just 1 a week, cancel anytime.',
  mostRead: 'Most read', home: 'Home', sections: ['News', 'World', 'Business', 'Sport', 'Opinion', 'Culture', 'Weather'], photo: 'Photo',
};

export const LABELS: Record<string, Labels> = {
  en: EN,
  de: {
    related: 'Mehr zum Thema', readMore: 'Lesen Sie auch', comments: 'Kommentare', share: 'Artikel teilen',
    newsletter: 'Unser Newsletter: jeden Morgen die wichtigsten Nachrichten. Jetzt kostenlos anmelden.',
    subscribe: 'Lesen Sie weiter mit Plus. Jetzt einen Monat für 1 Euro testen, jederzeit kündbar.',
    mostRead: 'Meistgelesen', home: 'Startseite', sections: ['Politik', 'Wirtschaft', 'Lokales', 'Sport', 'Kultur', 'Panorama'], photo: 'Foto',
  },
  fr: {
    related: 'Sur le même sujet', readMore: 'Lire aussi', comments: 'Commentaires', share: 'Partager cet article',
    newsletter: 'Recevez chaque matin notre lettre d’information. Inscrivez-vous gratuitement.',
    subscribe: 'Cet article est réservé aux abonnés. Abonnez-vous pour 1 euro le premier mois.',
    mostRead: 'Les plus lus', home: 'Accueil', sections: ['Actualité', 'Politique', 'Économie', 'Sports', 'Culture', 'Régions'], photo: 'Photo',
  },
  es: {
    related: 'Noticias relacionadas', readMore: 'Lea también', comments: 'Comentarios', share: 'Compartir',
    newsletter: 'Recibe cada mañana nuestro boletín con las noticias del día. Suscríbete gratis.',
    subscribe: 'Este contenido es exclusivo para suscriptores. Suscríbete por 1 euro al mes.',
    mostRead: 'Lo más leído', home: 'Portada', sections: ['España', 'Internacional', 'Economía', 'Deportes', 'Cultura'], photo: 'Foto',
  },
  it: {
    related: 'Articoli correlati', readMore: 'Leggi anche', comments: 'Commenti', share: 'Condividi',
    newsletter: 'Ricevi ogni mattina la nostra newsletter con le notizie del giorno. Iscriviti gratis.',
    subscribe: 'Questo articolo è riservato agli abbonati. Abbonati a 1 euro al mese.',
    mostRead: 'I più letti', home: 'Home', sections: ['Cronaca', 'Politica', 'Economia', 'Sport', 'Cultura'], photo: 'Foto',
  },
  pt: {
    related: 'Notícias relacionadas', readMore: 'Leia também', comments: 'Comentários', share: 'Partilhar',
    newsletter: 'Receba todas as manhãs a nossa newsletter com as notícias do dia. Subscreva grátis.',
    subscribe: 'Este artigo é exclusivo para assinantes. Assine por 1 euro por mês.',
    mostRead: 'Mais lidas', home: 'Início', sections: ['País', 'Mundo', 'Economia', 'Desporto', 'Cultura'], photo: 'Foto',
  },
  nl: {
    related: 'Gerelateerd', readMore: 'Lees ook', comments: 'Reacties', share: 'Deel dit artikel',
    newsletter: 'Ontvang elke ochtend onze nieuwsbrief met het belangrijkste nieuws. Meld je gratis aan.',
    subscribe: 'Dit artikel is alleen voor abonnees. Word abonnee voor 1 euro per week.',
    mostRead: 'Meest gelezen', home: 'Home', sections: ['Binnenland', 'Buitenland', 'Economie', 'Sport', 'Cultuur'], photo: 'Foto',
  },
  ru: {
    related: 'Читайте также', readMore: 'Читайте также', comments: 'Комментарии', share: 'Поделиться',
    newsletter: 'Подпишитесь на нашу рассылку и получайте главные новости каждое утро.',
    subscribe: 'Этот материал доступен только подписчикам. Оформите подписку за 1 рубль.',
    mostRead: 'Самое читаемое', home: 'Главная', sections: ['Новости', 'Политика', 'Экономика', 'Спорт', 'Культура'], photo: 'Фото',
  },
};

export function labelsFor(lang: string): Labels {
  return LABELS[lang] ?? EN;
}

export function commentsFor(lang: string): string[] {
  return [...(COMMENTS[lang] ?? []), ...COMMENTS.en];
}
