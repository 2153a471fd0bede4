import { z } from 'zod';
import { DEFAULT_MAX_BYTES } from '../lambdas/normalize/article.js';

/**
 * Deployment configuration, read once from CDK context (cdk.json "context", or `-c key=value` on
 * the command line). Every key is flat and prefixed with `newsfacts:` so a single value can be
 * overridden from the CLI; values given with `-c` arrive as strings, so numbers, booleans and
 * lists are coerced here.
 */
export const CONTEXT_PREFIX = 'newsfacts:';

/** Retention periods CloudWatch Logs accepts (days). */
const LOG_RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653] as const;

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const bool = z.preprocess((value) => {
  if (typeof value !== 'string') return value;
  const lowered = value.trim().toLowerCase();
  if (lowered === 'true') return true;
  if (lowered === 'false') return false;
  return value;
}, z.boolean());

/** A list given either as a JSON array (cdk.json) or a comma-separated string (`-c`). */
const stringList = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(',').map((part) => part.trim()).filter(Boolean) : value),
  z.array(z.string().min(1)).min(1),
);

const configSchema = z
  .object({
    stackName: z.string().regex(/^[A-Za-z][A-Za-z0-9-]{0,127}$/, 'letters, digits and hyphens, starting with a letter').default('Newsfacts'),
    /** What happens to the bucket and the table when the stack is deleted. */
    removalPolicy: z.enum(['retain', 'destroy']).default('retain'),
    logRetentionDays: z.coerce
      .number()
      .refine((days) => (LOG_RETENTION_DAYS as readonly number[]).includes(days), {
        message: `must be one of ${LOG_RETENTION_DAYS.join(', ')}`,
      })
      .default(30),
    logLevel: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR']).default('INFO'),
    apiAuth: z.enum(['iam', 'jwt', 'none']).default('iam'),
    jwtIssuer: z.url({ protocol: /^https$/ }).optional(),
    jwtAudience: stringList.optional(),
    /** Origins a browser page may call the API from ("*" for any); no CORS when unset. */
    corsAllowOrigins: z.preprocess(
      (value) => (typeof value === 'string' ? value.split(',').map((part) => part.trim()).filter(Boolean) : value),
      z.array(z.union([z.literal('*'), z.url({ protocol: /^https?$/ })])).min(1),
    ).optional(),
    apiThrottleRateLimit: int(1, 10_000).default(50),
    apiThrottleBurstLimit: int(1, 5_000).default(100),
    ingestMemoryMb: int(128, 10_240).default(1024),
    ingestTimeoutSeconds: int(1, 900).default(60),
    /**
     * SQS records per invocation, processed side by side: up to 25, the largest batch measured
     * (docs/SCALING.md); above 10 the event source needs a batching window.
     */
    ingestBatchSize: int(1, 25).default(10),
    /** Seconds the event source may wait to fill a batch (0: none). */
    ingestMaxBatchingWindowSeconds: int(0, 300).default(0),
    ingestMaxConcurrency: int(2, 1000).default(5),
    queryMemoryMb: int(128, 10_240).default(512),
    /** API Gateway HTTP APIs give up after 30 s, so a longer query timeout would be wasted. */
    queryTimeoutSeconds: int(1, 29).default(10),
    maxReceiveCount: int(1, 1000).default(3),
    /** Files above this size are rejected unread; defaults to the normalizer's own limit. */
    maxObjectBytes: int(1, 5 * 1024 ** 3).default(DEFAULT_MAX_BYTES),
    alarmEmail: z.email().optional(),
    /**
     * Percent of the files of a 15-minute window (of at least ten) rejected, above which the
     * rejection alarm fires: a broken feed or exporter, not the odd bad file.
     */
    rejectionAlarmPercent: int(1, 100).default(20),
    /**
     * The explorer (web/) behind CloudFront. Unset: on when a browser can call the API
     * (apiAuth "none" or "jwt"), off with "iam", which a browser cannot sign.
     */
    explorer: bool.optional(),
    /**
     * Sign-in for the explorer with apiAuth "jwt" (docs/ARCHITECTURE.md, "The explorer"): the
     * OAuth 2.0 client id of a public client (no secret; authorization code with PKCE) and the
     * issuer's authorize and token endpoints, e.g. a Cognito hosted UI's /oauth2/authorize and
     * /oauth2/token. Unset: the explorer asks for a pasted token.
     */
    explorerClientId: z.string().regex(/^[A-Za-z0-9._~-]{1,256}$/, 'letters, digits and . _ ~ - (the app client id)').optional(),
    explorerAuthorizeUrl: z.url({ protocol: /^https$/ }).optional(),
    explorerTokenUrl: z.url({ protocol: /^https$/ }).optional(),
    /** Scopes the sign-in asks for (default openid). */
    explorerScopes: z.preprocess(
      (value) => (typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : value),
      z.array(z.string().regex(/^[\x21\x23-\x5b\x5d-\x7e]+$/, 'scope tokens without spaces, quotes or backslashes (RFC 6749 §3.3)')).min(1),
    ).optional(),
    serverAccessLogs: bool.default(true),
    dashboard: bool.default(true),
  })
  .strict()
  .superRefine((config, ctx) => {
    if (config.apiAuth === 'jwt') {
      if (!config.jwtIssuer) ctx.addIssue({ code: 'custom', path: ['jwtIssuer'], message: 'is required when apiAuth is "jwt"' });
      if (!config.jwtAudience) ctx.addIssue({ code: 'custom', path: ['jwtAudience'], message: 'is required when apiAuth is "jwt"' });
    }
    const signIn = { explorerClientId: config.explorerClientId, explorerAuthorizeUrl: config.explorerAuthorizeUrl, explorerTokenUrl: config.explorerTokenUrl };
    if (Object.values(signIn).some((v) => v !== undefined) || config.explorerScopes) {
      for (const [key, value] of Object.entries(signIn)) {
        if (value === undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'is required for the explorer\u2019s sign-in (with explorerClientId, explorerAuthorizeUrl and explorerTokenUrl)' });
      }
      if (config.apiAuth !== 'jwt') {
        ctx.addIssue({ code: 'custom', path: ['explorerClientId'], message: 'needs apiAuth "jwt": the sign-in gets a token for the API\u2019s JWT authorizer' });
      } else if (config.explorerClientId && config.jwtAudience && !config.jwtAudience.includes(config.explorerClientId)) {
        ctx.addIssue({ code: 'custom', path: ['explorerClientId'], message: `must be one of jwtAudience (${config.jwtAudience.join(', ')}): the JWT authorizer refuses tokens of another client` });
      }
      if (config.explorer === false) ctx.addIssue({ code: 'custom', path: ['explorerClientId'], message: 'is set but the explorer is off (explorer=false)' });
    }
    if (config.explorer === true && config.apiAuth === 'iam') {
      ctx.addIssue({ code: 'custom', path: ['explorer'], message: 'needs apiAuth "jwt" or "none": a browser cannot sign its requests with IAM (docs/ARCHITECTURE.md, "The explorer")' });
    }
    if (config.ingestBatchSize > 10 && config.ingestMaxBatchingWindowSeconds < 1) {
      ctx.addIssue({ code: 'custom', path: ['ingestMaxBatchingWindowSeconds'], message: 'must be at least 1 when ingestBatchSize is above 10 (an SQS event source rule)' });
    }
    if (config.apiThrottleBurstLimit < config.apiThrottleRateLimit) {
      ctx.addIssue({ code: 'custom', path: ['apiThrottleBurstLimit'], message: 'must be at least apiThrottleRateLimit' });
    }
  });

export type NewsfactsConfig = z.infer<typeof configSchema>;
export type ApiAuth = NewsfactsConfig['apiAuth'];

/** Whether the stack deploys the explorer (see `explorer` above). */
export function explorerEnabled(config: Pick<NewsfactsConfig, 'explorer' | 'apiAuth'>): boolean {
  return config.explorer ?? config.apiAuth !== 'iam';
}

/** What the explorer's /auth-config.json holds (web/src/sign-in.ts), when sign-in is configured. */
export interface ExplorerSignIn {
  clientId: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  scopes: string[];
}

export function explorerSignIn(config: Pick<NewsfactsConfig, 'explorerClientId' | 'explorerAuthorizeUrl' | 'explorerTokenUrl' | 'explorerScopes'>): ExplorerSignIn | undefined {
  if (!config.explorerClientId || !config.explorerAuthorizeUrl || !config.explorerTokenUrl) return undefined;
  return { clientId: config.explorerClientId, authorizationEndpoint: config.explorerAuthorizeUrl, tokenEndpoint: config.explorerTokenUrl, scopes: config.explorerScopes ?? ['openid'] };
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Validates the `newsfacts:*` context entries. Unknown `newsfacts:` keys are errors (a typo
 * would otherwise silently fall back to a default); keys without the prefix belong to CDK and
 * are ignored.
 */
export function parseConfig(context: Record<string, unknown>): NewsfactsConfig {
  const raw: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(context)) {
    if (key.startsWith(CONTEXT_PREFIX) && value !== undefined && value !== '') raw[key.slice(CONTEXT_PREFIX.length)] = value;
  }
  const result = configSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return `unknown key(s) ${issue.keys.map((key) => `"${CONTEXT_PREFIX}${key}"`).join(', ')}`;
    }
    const key = issue.path.length > 0 ? `${CONTEXT_PREFIX}${issue.path.join('.')}` : 'config';
    const given = issue.path.length > 0 ? raw[String(issue.path[0])] : undefined;
    return `${key}: ${issue.message}${given === undefined ? '' : ` (got ${JSON.stringify(given)})`}`;
  });
  throw new ConfigError(
    `Invalid newsfacts configuration (cdk.json "context" or -c options):\n  - ${problems.join('\n  - ')}`,
  );
}
