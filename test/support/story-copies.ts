/**
 * The sample story, an edited copy of it (a new header line, one paragraph dropped) and an
 * unrelated story on a nearby topic: the near-duplicate tests' texts.
 */
import { readFileSync } from 'node:fs';

export const SAMPLE_STORY = readFileSync(new URL('../fixtures/caracas-russia-venezuela-2022-02-17.txt', import.meta.url), 'utf8');

/** The sample with its header line replaced and its fourth paragraph dropped. */
export function editedSampleCopy(): string {
  const paragraphs = SAMPLE_STORY.split(/\n\s*\n/);
  return ['Moscow and Caracas to boost trade, says Russian deputy PM (Wire Service)', ...paragraphs.slice(1, 3), ...paragraphs.slice(4)].join('\n\n');
}

/** Written for these tests: Russia and Latin America again, none of the sample's sentences. */
export const UNRELATED_STORY = `Havana, 3 March 2022 (Staff Report)

Cuba and Russia signed a memorandum on energy cooperation on Thursday, the Cuban foreign ministry said in a statement published on its website.

The agreement covers the modernisation of two thermal power plants near the capital and the supply of spare parts for the island's ageing grid, which has suffered repeated blackouts this winter.

Officials in Havana said the first shipments of equipment were expected before the end of the year, although no figure was given for the value of the contracts.

Russian companies have expanded their presence in the Caribbean in recent years, with projects in oil refining, railways and tourism, according to analysts at a university in Mexico City.

Critics of the government argue that the deals do little to address shortages of food and medicine that have driven thousands of people to emigrate since the pandemic began.`;
