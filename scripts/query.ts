// `npm run --silent query -- PATH [--api URL] [--region R] [--sign|--no-sign]`
// Calls the newsfacts HTTP API and prints the JSON answer. Local mode by default; with the ApiUrl
// of a deployed stack, requests are signed with SigV4 (scripts/cli/api-client.ts).
import { apiClient, defaultApiUrl } from './cli/api-client.js';
import { exitWithUsageError, parseCliArgs } from './cli/cli-args.js';

const USAGE = `Usage: npm run --silent query -- PATH [--api URL] [--region REGION] [--sign|--no-sign]
  Calls GET PATH (e.g. '/entities?q=borisov') on the newsfacts API and prints the JSON answer.
  --api      the API's base URL (default: local mode, ${defaultApiUrl()}; or NEWSFACTS_API_URL).
             A deployed stack's ApiUrl is called with SigV4-signed requests (AWS credential chain).
  --region   the region to sign for (default: from the ApiUrl, else AWS_REGION).
  --sign / --no-sign  force signing on or off.
  Exit code: 0 for a 2xx answer, 1 otherwise.`;

async function main(): Promise<number> {
  const { values, positionals } = parseCliArgs(USAGE, {
    options: { api: { type: 'string' }, region: { type: 'string' }, sign: { type: 'boolean' }, 'no-sign': { type: 'boolean' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) exitWithUsageError('Give exactly one PATH, such as /entities?q=borisov.');
  let response: { status: number; body: string };
  try {
    const client = apiClient({ api: values.api ?? defaultApiUrl(), region: values.region, sign: values['no-sign'] ? false : values.sign });
    response = await client.get(positionals[0]);
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  try {
    console.log(JSON.stringify(JSON.parse(response.body), null, 2));
  } catch {
    console.log(response.body);
  }
  return response.status >= 200 && response.status < 300 ? 0 : 1;
}

// Exit at once: keep-alive sockets and the credential chain would hold the process open a while.
process.exit(await main());
