/**
 * The limits every client of the REST and GraphQL APIs works within, in one place: the request
 * guards (src/lib/http), the API guards (src/lib/api) and the README's API section all read these.
 * Caps on `depth` and `limit` are clamped, never an error; everything else is refused with a 4xx.
 */

/** REST `depth` above this is served at this depth. */
export const MAX_REST_DEPTH = 3
/** REST `limit` above this (or `limit=0`, or `pagination=false` from an anonymous reader) is served as this. */
export const MAX_REST_LIMIT = 100
/** REST `limit` when a request names none (Payload's own default). */
export const DEFAULT_REST_LIMIT = 10

/** GraphQL: how deeply selections may nest (fragments followed), and Payload's complexity budget. */
export const MAX_GRAPHQL_DEPTH = 10
export const MAX_GRAPHQL_COMPLEXITY = 1000

/** A `where` may hold at most this many conditions in all, nested at most this deep. */
export const MAX_WHERE_CONDITIONS = 100
export const MAX_WHERE_NESTING = 5
/** A query path may cross at most this many relationships (`edition.sponsors.name` crosses one). */
export const MAX_WHERE_RELATION_HOPS = 3

/** Query strings longer than this are refused with 414; arrays in them longer than this with 400. */
export const MAX_QUERY_STRING_BYTES = 8 * 1024
export const MAX_QUERY_ARRAY_LENGTH = 100

/** One uploaded media file; an upload's request may be this plus 1 MiB of form fields. */
export const MEDIA_MAX_BYTES = 10 * 1024 * 1024
export const MAX_UPLOAD_BODY_BYTES = MEDIA_MAX_BYTES + 1024 * 1024

/** Request bodies: JSON APIs and GraphQL, and how deeply JSON may nest. Uploads use the media limit. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024
/** A CSV or JSON file sent to POST /api/<collection>/import, or an edition export to /api/editions/import. */
export const MAX_IMPORT_BODY_BYTES = 10 * 1024 * 1024
export const MAX_JSON_NESTING = 32
/** Arrays inside a JSON body or GraphQL variables. */
export const MAX_JSON_ARRAY_LENGTH = 1000
