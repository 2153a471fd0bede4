// Calls to the newsfacts HTTP API from the CLIs: local mode by default; a deployed stack's ApiUrl
// is called with SigV4-signed requests (the stack's default "iam" auth) using the standard AWS
// credential chain (environment, profile, SSO, instance role).
import { createHash, createHmac } from 'node:crypto';
import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { SignatureV4 } from '@smithy/signature-v4';

/** SHA-256 for the signer, from node:crypto (what @smithy/hash-node would add as a dependency). */
type SourceData = string | ArrayBuffer | ArrayBufferView;
const bytes = (data: SourceData) =>
  typeof data === 'string' ? data : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);

class NodeSha256 {
  private hash;
  constructor(secret?: SourceData) {
    this.hash = secret ? createHmac('sha256', bytes(secret)) : createHash('sha256');
  }
  update(data: SourceData) {
    this.hash.update(bytes(data));
  }
  async digest() {
    return new Uint8Array(this.hash.digest());
  }
  reset() {}
}

/** The local-mode API, or NEWSFACTS_API_URL when set. */
export function defaultApiUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.NEWSFACTS_API_URL ?? `http://127.0.0.1:${env.NEWSFACTS_API_PORT ?? 3000}`;
}

export function regionOfApiUrl(url: URL): string | undefined {
  return /\.execute-api\.([a-z0-9-]+)\.amazonaws\.com$/.exec(url.hostname)?.[1];
}

export async function signedHeaders(url: URL, region: string): Promise<Record<string, string>> {
  const signer = new SignatureV4({ service: 'execute-api', region, credentials: defaultProvider(), sha256: NodeSha256 });
  const query: Record<string, string> = {};
  for (const [key, value] of url.searchParams) query[key] = value;
  const signed = await signer.sign({
    method: 'GET', protocol: url.protocol, hostname: url.hostname, path: url.pathname, query,
    headers: { host: url.host, accept: 'application/json' },
  });
  return signed.headers as Record<string, string>;
}

export interface ApiClientOptions {
  /** The API's base URL (local mode, or a stack's ApiUrl). */
  api: string;
  /** Sign with SigV4; by default only an execute-api URL is signed. */
  sign?: boolean;
  region?: string;
}

export interface ApiClient {
  /** The full URL of a path such as `/entities?q=borisov`. */
  url(path: string): URL;
  /** GET a path; rejects only when nothing answers. */
  get(path: string): Promise<{ status: number; body: string }>;
}

/** Throws a one-sentence Error when the request would need a region it cannot find. */
export function apiClient(options: ApiClientOptions): ApiClient {
  const base = options.api.replace(/\/+$/, '');
  const url = (path: string) => new URL(base + '/' + path.replace(/^\/+/, ''));
  const baseUrl = url('/');
  const region = options.region ?? regionOfApiUrl(baseUrl) ?? process.env.AWS_REGION;
  const sign = options.sign ?? regionOfApiUrl(baseUrl) !== undefined;
  if (sign && !region) throw new Error('Cannot sign requests to the API: pass --region (or set AWS_REGION).');
  return {
    url,
    async get(path) {
      const target = url(path);
      const headers = sign ? await signedHeaders(target, region!) : { accept: 'application/json' };
      let response: Response;
      try {
        response = await fetch(target, { headers });
      } catch {
        throw new Error(`Cannot reach ${target.origin}: is local mode running (npm start), or is --api the stack's ApiUrl?`);
      }
      return { status: response.status, body: await response.text() };
    },
  };
}
