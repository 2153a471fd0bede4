import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../normalize/article.js';
import { extract } from '../index.js';
import type { Entity } from '../types.js';

// The sample article lives in the repository's test fixtures (a copy of the shared sample).
const SAMPLE = new URL('../../../test/fixtures/caracas-russia-venezuela-2022-02-17.txt', import.meta.url);

function article(body: string, extra: Partial<Article> = {}): Article {
  return {
    title: null, body, publishedAt: '2022-02-17', source: null, sources: [], dateline: null, language: 'en',
    url: null, author: null, submittedBy: null, format: 'text', ...extra,
  };
}

const byName = (entities: Entity[], name: string) => entities.find((e) => e.name === name);

describe('recognizeEntities on the sample article', () => {
  const body = readFileSync(SAMPLE, 'utf8');
  const { text, entities } = extract(article(body, { dateline: 'Caracas', source: 'UrduPoint News', sources: ['UrduPoint News', 'Sputnik'] }));

  it.each([
    ['Yury Borisov', 'PERSON'],
    ['Tareck El Aissami', 'PERSON'],
    ['Russia', 'LOCATION'],
    ['Venezuela', 'LOCATION'],
    ['Caracas', 'LOCATION'],
    ['United States', 'LOCATION'],
    ['Latin America', 'LOCATION'],
    ['OPEC+', 'ORGANIZATION'],
    ['Sputnik V', 'PRODUCT'],
    ['Russian', 'NORP'],
  ])('finds %s as %s', (name, type) => {
    expect(byName(entities, name)?.type).toBe(type);
  });

  it('links every Borisov mention to Yury Borisov', () => {
    const borisov = byName(entities, 'Yury Borisov')!;
    expect(borisov.id).toBe('per-yury-borisov');
    expect(borisov.aliases).toContain('Borisov');
    expect(borisov.mentions.length).toBeGreaterThanOrEqual(6);
    expect(entities.filter((e) => e.name === 'Borisov')).toHaveLength(0);
  });

  it('links "Russian" to Russia and keeps mention offsets exact', () => {
    expect(byName(entities, 'Russian')!.relatedTo).toBe(byName(entities, 'Russia')!.id);
    for (const e of entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('does not take the submitter handle for an entity', () => {
    expect(entities.some((e) => e.mentions.some((m) => m.text.includes('@')))).toBe(false);
  });
});

describe('recognizeEntities on hand-written text', () => {
  it('gives the same entity the same id in two articles', () => {
    const a = extract(article('German Chancellor Olaf Scholz visited Kyiv on Monday. Scholz promised more aid.')).entities;
    const b = extract(article('Olaf Scholz spoke in Berlin.')).entities;
    const ida = byName(a, 'Olaf Scholz')?.id;
    expect(ida).toBeDefined();
    expect(byName(b, 'Olaf Scholz')?.id).toBe(ida);
    expect(byName(a, 'Olaf Scholz')!.mentions).toHaveLength(2);
  });

  it('leaves an honorific out of the name and links it to the full name', () => {
    const { entities } = extract(article('Microsoft founder Bill Gates spoke on Tuesday. Mr Gates said the browser would be updated.'));
    const gates = byName(entities, 'Bill Gates');
    expect(gates?.type).toBe('PERSON');
    expect(gates?.mentions.map((m) => m.text)).toEqual(['Bill Gates', 'Gates']);
  });

  it('splits a hyphenated pair of nationalities into two NORP mentions', () => {
    const { entities } = extract(article('Russian-Venezuelan relations are based on energy projects, the Russian official said.'));
    const russian = byName(entities, 'Russian');
    expect(russian?.type).toBe('NORP');
    expect(russian?.mentions.map((m) => m.text)).toEqual(['Russian', 'Russian']);
    expect(byName(entities, 'Venezuelan')?.type).toBe('NORP');
  });
});
