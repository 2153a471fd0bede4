import { describe, expect, it } from 'vitest';
import { normalizeJson } from './json.js';

const ok = (text: string) => {
  const result = normalizeJson(text);
  if (!result.ok) throw new Error(result.error.message);
  return result;
};

describe('normalizeJson', () => {
  it('maps the field synonyms of the contract', () => {
    const [article] = ok(JSON.stringify({ headline: 'Rates rise', articleBody: 'The bank raised rates.', datePublished: '2023-03-01', publisher: 'Daily Ledger', byline: 'Ann Lee', url: 'https://x.example/1', language: 'en-US' })).articles;
    expect(article).toMatchObject({ title: 'Rates rise', body: 'The bank raised rates.', publishedAt: '2023-03-01', source: 'Daily Ledger', author: 'Ann Lee', url: 'https://x.example/1', format: 'json' });
  });

  it('reads arrays, NDJSON and wrapper objects', () => {
    expect(ok('[{"title":"a","body":"one two"},{"title":"b","text":"three four"}]').articles.map((a) => a.title)).toEqual(['a', 'b']);
    expect(ok('{"title":"a","content":"one two"}\n\n{"title":"b","body":"three four"}\n').articles).toHaveLength(2);
    expect(ok('{"status":"ok","articles":[{"title":"a","content":"x y"}]}').articles[0].title).toBe('a');
  });

  it('reads nested names (NewsAPI and schema.org shapes)', () => {
    const [article] = ok('{"source":{"id":"ap","name":"Associated Press"},"author":[{"name":"A. B."},{"name":"C. D."}],"title":"t","content":"x y z"}').articles;
    expect(article.source).toBe('Associated Press');
    expect(article.author).toBe('A. B., C. D.');
  });

  it('turns an HTML body into paragraphs with references decoded', () => {
    const [article] = ok(JSON.stringify({ title: 'T', body: '<p>Tom &amp; Jerry&nbsp;met.</p><p>They <b>talked</b>.</p>' })).articles;
    expect(article.body).toBe('Tom & Jerry met.\n\nThey talked.');
  });

  it('joins a body given as a list of paragraphs', () => {
    expect(ok('{"title":"T","body":["First para.","Second para."]}').articles[0].body).toBe('First para.\n\nSecond para.');
  });

  it('reports the items it could not use instead of dropping them silently', () => {
    const result = ok('[{"title":"a","body":"text here"},{"title":"no body"}]');
    expect(result.articles).toHaveLength(1);
    expect(result.skipped).toEqual([{ index: 1, error: { code: 'NO_ARTICLE_TEXT', message: expect.any(String) } }]);
  });
});
