/**
 * Checks real responses against lambdas/query/openapi.json (test support: unit and integration
 * tests use it; the handler never imports it). Strict by default: a response property the
 * document does not describe is an error, so the document cannot silently fall behind the code.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ApiResponse } from '../../lambdas/query/http-types.js';
import openApiDocument from '../../lambdas/query/openapi.json' with { type: 'json' };

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => void;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ROOT_ID = 'newsfacts-openapi';

/** Rewrites component refs to $defs of one root schema and, when strict, closes every object. */
function toJsonSchema(node: Json, strict: boolean): Json {
  if (Array.isArray(node)) return node.map((n) => toJsonSchema(n, strict));
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    // ajv cannot use OpenAPI's discriminator mapping; oneOf over `type` consts decides alone.
    if (key === 'discriminator') continue;
    if (key === '$ref' && typeof value === 'string') out.$ref = value.replace('#/components/schemas/', `${ROOT_ID}#/$defs/`);
    else if (key === 'properties' && value && typeof value === 'object' && !Array.isArray(value)) {
      out.properties = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, toJsonSchema(schema, strict)]));
    } else out[key] = toJsonSchema(value, strict);
  }
  if (strict && out.type === 'object' && out.properties && !('additionalProperties' in out)) out.additionalProperties = false;
  return out;
}

interface Operation {
  responses: Record<string, JsonObject>;
}

const document = openApiDocument as unknown as {
  paths: Record<string, { get: Operation }>;
  components: { schemas: Record<string, Json>; responses: Record<string, JsonObject> };
};

function pathPattern(template: string): RegExp {
  const body = template
    .split('/')
    .map((segment) => (/^\{.+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${body}$`);
}

export interface ResponseValidator {
  /** Problems found, empty when the response conforms. */
  check(request: { method: string; path: string }, response: ApiResponse): string[];
}

export function createResponseValidator(options: { strict?: boolean } = {}): ResponseValidator {
  const strict = options.strict ?? true;
  const ajv = new Ajv2020({ allErrors: true, discriminator: true, strict: false });
  addFormats(ajv);
  ajv.addSchema({ $id: ROOT_ID, $defs: toJsonSchema(document.components.schemas as Json, strict) } as object);
  const problemValidator = ajv.compile({ $ref: `${ROOT_ID}#/$defs/Problem` });
  const routes = Object.entries(document.paths).map(([template, item]) => ({ template, pattern: pathPattern(template), operation: item.get }));
  const compiled = new Map<string, ReturnType<Ajv2020['compile']>>();

  function schemaFor(key: string, schema: Json) {
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.compile(toJsonSchema(schema, strict) as object);
      compiled.set(key, validate);
    }
    return validate;
  }

  return {
    check(request, response) {
      const errors: string[] = [];
      const contentType = (response.headers['content-type'] ?? '').split(';')[0].trim();
      const route = routes.find((r) => r.pattern.test(request.path.split('?')[0]));
      const method = request.method.toUpperCase();
      if (response.status >= 400 && contentType !== 'application/problem+json') {
        errors.push(`status ${response.status} must be application/problem+json, got "${contentType}"`);
      }
      if (response.status === 405 && !response.headers.allow) errors.push('405 without an Allow header');
      if (method === 'HEAD') {
        if (response.body !== '') errors.push('HEAD response has a body');
        return errors;
      }
      let body: unknown;
      try {
        body = JSON.parse(response.body);
      } catch {
        return [...errors, 'body is not JSON'];
      }
      if (response.status >= 400 && (body as { status?: unknown })?.status !== response.status) {
        errors.push(`problem status ${(body as { status?: unknown })?.status} differs from HTTP status ${response.status}`);
      }
      if (!route || method !== 'GET') {
        // Outside the documented operations only problems are possible (404 route, 405 method, 400 path).
        if (![400, 404, 405].includes(response.status)) errors.push(`undocumented request answered ${response.status}`);
        if (!problemValidator(body)) errors.push(...ajv.errorsText(problemValidator.errors, { separator: '\n' }).split('\n'));
        return errors;
      }
      let declared = route.operation.responses[String(response.status)];
      if (!declared) return [...errors, `status ${response.status} is not documented for GET ${route.template}`];
      if (typeof declared.$ref === 'string') declared = document.components.responses[declared.$ref.split('/').pop()!];
      const content = declared.content as Record<string, { schema: Json }> | undefined;
      const media = content?.[contentType];
      if (!media) return [...errors, `content type "${contentType}" is not documented for GET ${route.template} ${response.status}`];
      const validate = schemaFor(`${route.template} ${response.status} ${contentType}`, media.schema);
      if (!validate(body)) errors.push(...ajv.errorsText(validate.errors, { separator: '\n' }).split('\n'));
      return errors;
    },
  };
}
