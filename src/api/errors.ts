// Errors as JSON with a code: `{error: {code, message, details?}}`, for validation, missing ids and everything else.
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type ErrorCode =
  | 'bad_request'
  | 'invalid_parameters'
  | 'not_found'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'ingest_rejected'
  | 'internal';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'not_found' }),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');

/** Thrown by handlers; the app's error handler turns it into the JSON error response. */
export class ApiError extends Error {
  constructor(
    public status: ContentfulStatusCode,
    public code: ErrorCode,
    message: string,
    public details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what: string, id: string): ApiError =>
  new ApiError(404, 'not_found', `no ${what} with id "${id}"`);

export function errorBody(code: ErrorCode, message: string, details?: unknown): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

const HTTP_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'bad_request',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

/** The app-wide error handler: ApiError and HTTPException keep their status; anything else is a 500 without internals. */
export function onApiError(err: Error, c: Context): Response {
  if (err instanceof ApiError) return c.json(errorBody(err.code, err.message, err.details), err.status);
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    return c.json(
      errorBody(HTTP_CODES[status] ?? (status >= 500 ? 'internal' : 'bad_request'), err.message || 'bad request'),
      status,
    );
  }
  process.stderr.write(`sitrep api: ${c.req.method} ${c.req.path}: ${err?.stack ?? err}\n`);
  return c.json(errorBody('internal', 'internal error'), 500);
}

interface ZodIssueLike {
  path: PropertyKey[];
  message: string;
  code?: string;
}

/** Zod issues as `{where, path, message}` rows: which parameter, and what is wrong with it. */
export function issueDetails(
  target: string,
  issues: readonly ZodIssueLike[],
): { where: string; path: string; message: string }[] {
  return issues.map((i) => ({ where: target, path: i.path.map(String).join('.'), message: i.message }));
}

/** A router whose validation failures answer 400 `invalid_parameters` with the zod issues as details. */
export function newRouter(): OpenAPIHono {
  return new OpenAPIHono({
    defaultHook: (result, c) => {
      if (result.success) return;
      const details = issueDetails(result.target, result.error.issues);
      const summary = details.map((d) => `${d.path || d.where}: ${d.message}`).join('; ');
      return c.json(errorBody('invalid_parameters', `invalid ${result.target}: ${summary}`, details), 400);
    },
  });
}

/** Error responses for a route's OpenAPI definition. */
export function errorResponses(
  ...statuses: (400 | 404 | 413 | 415 | 422)[]
): Record<number, { description: string; content: { 'application/json': { schema: typeof ErrorSchema } } }> {
  const text: Record<number, string> = {
    400: 'Invalid parameters',
    404: 'Unknown id',
    413: 'Body larger than the limit',
    415: 'Unsupported content type',
    422: 'The report was rejected by ingest (empty, binary, no text...)',
  };
  return Object.fromEntries(
    statuses.map((s) => [s, { description: text[s], content: { 'application/json': { schema: ErrorSchema } } }]),
  );
}
