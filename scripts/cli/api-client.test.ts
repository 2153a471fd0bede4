import { describe, expect, it } from 'vitest';
import { apiClient, regionOfApiUrl, signedHeaders } from './api-client.js';

describe('the API client of the CLIs', () => {
  it('reads the region of a deployed API from its URL', () => {
    expect(regionOfApiUrl(new URL('https://abc123.execute-api.eu-west-1.amazonaws.com/entities'))).toBe('eu-west-1');
    expect(regionOfApiUrl(new URL('http://127.0.0.1:3000/entities'))).toBeUndefined();
  });

  it('signs requests with SigV4 for execute-api, query string included', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIDEXAMPLE';
    process.env.AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
    const url = new URL('https://abc123.execute-api.eu-west-1.amazonaws.com/entities?q=borisov');
    const a = await signedHeaders(url, 'eu-west-1');
    expect(a.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/execute-api\/aws4_request, SignedHeaders=[a-z0-9;-]*host[a-z0-9;-]*, Signature=[0-9a-f]{64}$/);
    const b = await signedHeaders(new URL('https://abc123.execute-api.eu-west-1.amazonaws.com/entities?q=putin'), 'eu-west-1');
    expect(b.authorization.slice(-64)).not.toBe(a.authorization.slice(-64));
  });

  it('signs only execute-api URLs unless told, and refuses to sign without a region', () => {
    const saved = process.env.AWS_REGION;
    delete process.env.AWS_REGION;
    try {
      expect(apiClient({ api: 'http://127.0.0.1:3000/' }).url('entities?q=x').href).toBe('http://127.0.0.1:3000/entities?q=x');
      expect(() => apiClient({ api: 'http://127.0.0.1:3000', sign: true })).toThrow(/--region/);
      expect(() => apiClient({ api: 'https://abc123.execute-api.eu-west-1.amazonaws.com' })).not.toThrow();
    } finally {
      if (saved !== undefined) process.env.AWS_REGION = saved;
    }
  });

  it('says in one sentence when nothing answers', async () => {
    await expect(apiClient({ api: 'http://127.0.0.1:9' }).get('/health')).rejects.toThrow(/Cannot reach http:\/\/127\.0\.0\.1:9/);
  });
});
