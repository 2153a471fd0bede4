/**
 * Stands in for `@aws-sdk/credential-provider-node` in the bundles that opt into it (an esbuild
 * alias set by lib/constructs/newsfacts-function.ts). On Lambda the credentials of the execution
 * role are always in the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN),
 * and the default chain's first link reads exactly those. The other links (SSO, profiles, STS web
 * identity, process, container and instance metadata) never run there, yet their clients made up
 * about a third of the query bundle and of its parse time at cold start.
 */
import { fromEnv } from '@aws-sdk/credential-provider-env';
import type { defaultProvider as defaultChain } from '@aws-sdk/credential-provider-node';

/** Same signature as the default chain; resolves from the environment or fails naming what is missing. */
export const defaultProvider: typeof defaultChain = (init = {}) => fromEnv(init);
