// `npm run eval -- syndication`: precision and recall of same-story pairs (docs/quality/syndication.md).
// The set: the BBC News stories (all topics, less the NER out-of-time and tuning stories), an
// edited copy of every second one made here (edited-copies.ts), and the Reuters-21578 records of
// the TRAIN split (never TEST) as ingestion reads them (headline, dateline, body), which hold exact
// and near repeats of wire stories. Labels: a copy and its original are one story; two corpus texts
// are one story when their exact shingle sets overlap (Jaccard ≥ 0.5, or containment ≥ 0.8 with
// Jaccard ≥ 0.2), computed exactly from the full sets, not from signatures, and their figures agree
// (figuresAgree). Everything else is a negative, including the many pairs of stories on one topic
// (a BBC folder). Ingestion is simulated in order: each text's band keys find earlier texts (the
// newest CANDIDATES_PER_BAND per key, as the store reads them) and the signatures decide.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { articleText, BANDS, bandKeys, bandSketch, mayBeOneStory, MIN_SHINGLES, normalizeReutersSgml, figureTokens, sameStory, shingleHashesForEval, signatureOf, verifiedMatches, type StoryCandidate, type StoryRelation, type StorySignature } from './syndication/pipeline.js';
import { editedCopy, type EditKind } from './syndication/edited-copies.js';
import { BBC_TUNING_SET, loadOutOfTimeSet } from './ner/out-of-time-set.js';

const CANDIDATES_PER_BAND = 25;
const EDIT_KINDS: EditKind[] = ['light', 'trimmed', 'cut-middle', 'lead-only'];

interface Doc { id: string; text: string; topic: string; origin: 'bbc' | 'copy' | 'reuters'; group: number; kind?: EditKind }

function bbcStories(dataDir: string): Array<{ path: string; topic: string; text: string }> {
  const root = join(dataDir, 'bbc-news-fulltext');
  if (!existsSync(root)) return [];
  const heldOut = new Set([...loadOutOfTimeSet(), ...loadOutOfTimeSet(BBC_TUNING_SET)].map((s) => s.path));
  const out: Array<{ path: string; topic: string; text: string }> = [];
  for (const topic of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const file of readdirSync(join(root, topic)).filter((f) => f.endsWith('.txt')).sort()) {
      const path = `bbc-news-fulltext/${topic}/${file}`;
      if (!heldOut.has(path)) out.push({ path, topic: `bbc/${topic}`, text: readFileSync(join(dataDir, path), 'latin1') });
    }
  }
  return out;
}

/**
 * The TRAIN records of Reuters-21578 as ingestion reads them: the SGML normalizer makes each an
 * article (headline, dateline, body) and its text is what is signed. The headline matters: wire
 * notices cast from one template ("Qtly div 23 cts vs 23 cts prior") name their company only there.
 */
function reutersTrainTexts(dataDir: string): Array<{ id: string; text: string }> {
  const root = join(dataDir, 'reuters21578');
  if (!existsSync(root)) return [];
  const out: Array<{ id: string; text: string }> = [];
  for (const file of readdirSync(root).filter((f) => /^reut2-\d+\.sgm$/.test(f)).sort()) {
    const sgml = readFileSync(join(root, file), 'latin1');
    for (const m of sgml.matchAll(/<REUTERS[^>]*LEWISSPLIT="TRAIN"[^>]*NEWID="(\d+)">[\s\S]*?<\/REUTERS>/g)) {
      if (!m[0].includes('<BODY>')) continue; // headline-only briefs: too short to sign
      const result = normalizeReutersSgml(m[0]);
      if (result.ok) out.push({ id: `reuters/${m[1]}`, text: articleText(result.articles[0]) });
    }
  }
  return out;
}

class Groups {
  private readonly parent: number[] = [];
  make(): number { this.parent.push(this.parent.length); return this.parent.length - 1; }
  find(x: number): number { while (this.parent[x] !== x) x = this.parent[x] = this.parent[this.parent[x]]; return x; }
  union(a: number, b: number): void { this.parent[this.find(a)] = this.find(b); }
}

const pairKey = (a: number, b: number) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/**
 * The label's figure rule: two texts that share their wording are one story only if their figures
 * agree, that is at most one figure of the text with fewer of them is missing from the other. A
 * correction or a re-send changes one figure (or none); the next day's report cast from the same
 * template ("The Federal Reserve entered the U.S. government securities market to arrange 1.5
 * billion dlrs of customer repurchase agreements", NEW YORK, March 2 against March 3) or another
 * company's notice changes several.
 */
export function figuresAgree(a: Set<string>, b: Set<string>): boolean {
  const [fewer, more] = a.size <= b.size ? [a, b] : [b, a];
  let missing = 0;
  for (const f of fewer) if (!more.has(f)) missing++;
  return missing <= 1;
}

/**
 * A wire record that says it corrects or repeats an earlier one: its headline starts "CORRECTED -",
 * "(CORRECTED)" or "RPT-". A correction of a story is a version of it even when it rewrites more
 * than the overlap rule below allows.
 */
export function correctsEarlier(text: string): boolean {
  return /^\s*(?:\(CORRECTED\)|CORRECTED\b|RPT\b)\s*-?/.test(text);
}

/**
 * Corpus pairs that are one story: their exact shingle sets overlap and their figures agree (an
 * inverted index finds the pairs that share any uncommon shingle); or the later corrects or
 * repeats an earlier text, agrees with it in its figures and shares half of its shingles (of the
 * shorter text) with it.
 */
function exactCorpusPairs(sets: Array<Set<number> | null>, numbers: Array<Set<string>>, corrections: boolean[]): Array<[number, number]> {
  const postings = new Map<number, number[]>();
  sets.forEach((set, i) => {
    for (const h of set ?? []) {
      const list = postings.get(h);
      if (list) list.push(i);
      else postings.set(h, [i]);
    }
  });
  const pairs: Array<[number, number]> = [];
  sets.forEach((set, i) => {
    if (!set) return;
    const shared = new Map<number, number>();
    for (const h of set) {
      const list = postings.get(h)!;
      if (list.length > 200) continue; // boilerplate of thousands of texts; the exact count below includes it
      for (const j of list) if (j < i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, count] of shared) {
      const other = sets[j]!;
      if (count < 0.2 * Math.min(set.size, other.size)) continue;
      let inter = 0;
      for (const h of set) if (other.has(h)) inter++;
      const jaccard = inter / (set.size + other.size - inter);
      const containment = inter / Math.min(set.size, other.size);
      const overlap = jaccard >= 0.5 || (containment >= 0.8 && jaccard >= 0.2) || (corrections[i] && containment >= 0.5 && jaccard >= 0.2);
      if (overlap && figuresAgree(numbers[i], numbers[j])) pairs.push([j, i]);
    }
  });
  return pairs;
}

export async function run(dataDir: string): Promise<void> {
  const groups = new Groups();
  const docs: Doc[] = [];
  const bbc = bbcStories(dataDir);
  bbc.forEach((story, i) => {
    const group = groups.make();
    docs.push({ id: story.path, text: story.text, topic: story.topic, origin: 'bbc', group });
    if (i % 2 === 0) {
      const kind = EDIT_KINDS[(i / 2) % EDIT_KINDS.length];
      docs.push({ id: `${story.path}~${kind}`, text: editedCopy(story.text, kind, i + 1).text, topic: story.topic, origin: 'copy', group, kind });
    }
  });
  for (const record of reutersTrainTexts(dataDir)) docs.push({ id: record.id, text: record.text, topic: 'reuters', origin: 'reuters', group: groups.make() });
  if (docs.length === 0) { console.log(`No BBC or Reuters-21578 data under ${dataDir}.`); return; }

  // Labels.
  const positives = new Set<string>();
  docs.forEach((d, i) => { if (d.origin === 'copy') positives.add(pairKey(i - 1, i)); });
  const corpusIndex = docs.map((d, i) => (d.origin === 'copy' ? -1 : i)).filter((i) => i >= 0);
  const corpusSets = corpusIndex.map((i) => { const s = shingleHashesForEval(docs[i].text); return s.size ? s : null; });
  const corpusPairs = exactCorpusPairs(corpusSets, corpusIndex.map((i) => figureTokens(docs[i].text)), corpusIndex.map((i) => correctsEarlier(docs[i].text))).map(([a, b]) => [corpusIndex[a], corpusIndex[b]] as const);
  for (const [a, b] of corpusPairs) { positives.add(pairKey(a, b)); groups.union(docs[a].group, docs[b].group); }
  const sameGroup = (a: number, b: number) => groups.find(docs[a].group) === groups.find(docs[b].group);

  // Ingestion, in order.
  const started = performance.now();
  const signatures: Array<StorySignature | null> = docs.map((d) => signatureOf(d.text));
  const signMs = performance.now() - started;
  const bands = new Map<string, number[]>();
  const predicted = new Map<string, StoryRelation>();
  const storyIds: string[] = [];
  const sketches = signatures.map((s) => (s ? bandSketch(s) : null));
  let candidatesRead = 0;
  let candidatesKept = 0;
  let textsReadingRecords = 0;
  let textsWithCandidates = 0;
  let bandsFull = 0;
  docs.forEach((doc, i) => {
    const signature = signatures[i];
    if (!signature) { storyIds.push(doc.id); return; }
    const keys = bandKeys(signature);
    const seen = new Set<number>();
    const candidates: StoryCandidate[] = [];
    for (const key of keys) {
      const stored = bands.get(key) ?? [];
      if (stored.length > CANDIDATES_PER_BAND) bandsFull++;
      for (const j of stored.slice(-CANDIDATES_PER_BAND)) {
        if (seen.has(j)) continue;
        seen.add(j);
        candidates.push({ articleId: String(j), storyId: storyIds[j], signature: signatures[j]!, date: String(j).padStart(8, '0') });
      }
    }
    candidatesRead += candidates.length;
    // The band entries' sketches leave out chance matches before any record is read (as the store does).
    const kept = candidates.filter((c) => mayBeOneStory(signature, sketches[Number(c.articleId)]));
    candidatesKept += kept.length;
    if (candidates.length > 0) textsWithCandidates++;
    if (kept.length > 0) textsReadingRecords++;
    const matches = verifiedMatches(signature, kept);
    for (const m of matches) if (sameStory(m.relation)) predicted.set(pairKey(Number(m.articleId), i), m.relation!);
    const copy = matches.find((m) => sameStory(m.relation));
    storyIds.push(copy ? copy.storyId : doc.id);
    for (const key of keys) { const list = bands.get(key); if (list) list.push(i); else bands.set(key, [i]); }
  });

  // Scores.
  let truePositives = 0;
  const falsePositives: string[] = [];
  for (const key of predicted.keys()) {
    const [a, b] = key.split(' ').map(Number);
    if (sameGroup(a, b)) truePositives++;
    else falsePositives.push(key);
  }
  const found = [...positives].filter((k) => predicted.has(k)).length;
  const unsigned = signatures.filter((s) => !s).length;
  const precision = predicted.size ? truePositives / predicted.size : 1;
  const recall = positives.size ? found / positives.size : 1;
  console.log(`texts: ${docs.length} (BBC ${bbc.length}, edited copies ${docs.filter((d) => d.origin === 'copy').length}, Reuters TRAIN ${docs.filter((d) => d.origin === 'reuters').length}); without a signature (under ${MIN_SHINGLES} shingles): ${unsigned}`);
  console.log(`positive pairs: ${positives.size} (edited copies ${docs.filter((d) => d.origin === 'copy').length}, corpus repeats ${corpusPairs.length}); predicted same-story pairs: ${predicted.size}`);
  console.log(`pair precision ${precision.toFixed(4)}  recall ${recall.toFixed(4)}`);
  for (const kind of EDIT_KINDS) {
    const copies = docs.map((d, i) => [d, i] as const).filter(([d]) => d.kind === kind);
    const hit = copies.filter(([, i]) => predicted.has(pairKey(i - 1, i))).length;
    console.log(`  copies ${kind.padEnd(10)} recall ${(hit / Math.max(1, copies.length)).toFixed(4)} (${hit}/${copies.length})`);
  }
  const corpusFound = corpusPairs.filter(([a, b]) => predicted.has(pairKey(a, b))).length;
  console.log(`  corpus repeats    recall ${(corpusFound / Math.max(1, corpusPairs.length)).toFixed(4)} (${corpusFound}/${corpusPairs.length})`);
  const sameTopicFalse = falsePositives.filter((k) => { const [a, b] = k.split(' ').map(Number); return docs[a].topic === docs[b].topic; }).length;
  console.log(`false positives: ${falsePositives.length} (${sameTopicFalse} between stories of one topic)`);
  for (const key of falsePositives.slice(0, 10)) {
    const [a, b] = key.split(' ').map(Number);
    console.log(`  ${docs[a].id} ~ ${docs[b].id} (${predicted.get(key)})`);
  }
  const missed = [...positives].filter((k) => !predicted.has(k));
  for (const key of missed.slice(0, 10)) {
    const [a, b] = key.split(' ').map(Number);
    console.log(`  missed ${docs[a].id} ~ ${docs[b].id}`);
  }
  // Why copies are missed: no band key shared with the original (the LSH step), or found and judged not one story.
  let noBand = 0;
  let judged = 0;
  for (const key of missed) {
    const [a, b] = key.split(' ').map(Number);
    if (docs[b].origin !== 'copy' || !signatures[a] || !signatures[b]) continue;
    const original = new Set(bandKeys(signatures[a]!));
    if (bandKeys(signatures[b]!).some((k) => original.has(k))) judged++;
    else noBand++;
  }
  console.log(`missed copies: ${noBand} share no band key with their original, ${judged} share one and are judged not one story`);
  const clusters = new Map<string, number>();
  for (const s of storyIds) clusters.set(s, (clusters.get(s) ?? 0) + 1);
  const multi = [...clusters.values()].filter((n) => n > 1);
  console.log(`stories: ${clusters.size} for ${docs.length} texts; ${multi.length} with more than one copy, the largest ${Math.max(0, ...multi)}`);
  const signedCount = signatures.filter(Boolean).length;
  console.log(`candidates: ${(candidatesRead / signedCount).toFixed(2)} per signed text on average (${candidatesRead} in all); band reads that hit the cap of ${CANDIDATES_PER_BAND}: ${bandsFull} of ${signedCount * BANDS}`);
  console.log(`records read after the band entries' sketches: ${(candidatesKept / signedCount).toFixed(2)} per signed text (${candidatesKept} in all); texts reading any: ${textsReadingRecords} of ${signedCount} (${((100 * textsReadingRecords) / signedCount).toFixed(1)} %; with any candidate: ${textsWithCandidates}, ${((100 * textsWithCandidates) / signedCount).toFixed(1)} %)`);
  console.log(`signatures: ${signMs.toFixed(0)} ms for ${docs.length} texts (${((signMs * 1000) / docs.length).toFixed(0)} µs each)`);
}
