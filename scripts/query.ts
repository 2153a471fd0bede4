// `npm run --silent query -- PATH [--api URL] [--region R] [--sign|--no-sign]`
// Calls the newsfacts HTTP API and prints the JSON answer. Local mode by default; with the ApiUrl
// of a deployed stack, requests are signed with SigV4 (the stack's default "iam" auth) using the
// standard AWS credential chain (environment, profile, SSO, instance role).
import { createHash, createHmac } from 'node:crypto';
import { parseArgs } from 'node:util';
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

async function main() {
  const { values, positionals } = parseArgs({
    options: {
      api: { type: 'string', default: process.env.NEWSFACTS_API_URL ?? `http://127.0.0.1:${process.env.NEWSFACTS_API_PORT ?? 3000}` },
      region: { type: 'string' },
      sign: { type: 'boolean' },
      'no-sign': { type: 'boolean' },
    },
    allowPositionals: true,
  });
  if (positionals.length !== 1) {
    console.error('Usage: npm run --silent query -- /entities?q=borisov [--api URL] [--region R] [--sign|--no-sign]');
    process.exit(2);
  }
  const url = new URL(values.api!.replace(/\/+$/, '') + '/' + positionals[0].replace(/^\/+/, ''));
  const region = values.region ?? regionOfApiUrl(url) ?? process.env.AWS_REGION;
  const sign = values['no-sign'] ? false : values.sign ?? regionOfApiUrl(url) !== undefined;
  if (sign && !region) {
    console.error('Cannot sign the request: pass --region (or set AWS_REGION).');
    process.exit(2);
  }
  const headers = sign ? await signedHeaders(url, region!) : { accept: 'application/json' };
  let response: Response;
  try {
    response = await fetch(url, { headers });
  } catch {
    console.error(`Cannot reach ${url.origin}: is local mode running (npm start), or is --api the stack's ApiUrl?`);
    process.exit(1);
  }
  const body = await response.text();
  try {
    console.log(JSON.stringify(JSON.parse(body), null, 2));
  } catch {
    console.log(body);
  }
  process.exit(response.ok ? 0 : 1);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
