/** Small fetch wrappers for the REST and GraphQL APIs of a running server. */

export const TEST_ADMIN = { email: 'admin@syntagen.test', password: 'correct-horse-battery-staple' }

export type ApiResponse<T = Record<string, unknown>> = { status: number; body: T; headers: Headers }

export async function request<T = Record<string, unknown>>(
  baseUrl: string,
  method: string,
  route: string,
  options: { body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers }
  let body: string | undefined
  if (options.rawBody !== undefined) {
    body = options.rawBody
    headers['content-type'] ??= 'application/json'
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body)
    headers['content-type'] = 'application/json'
  }
  const response = await fetch(`${baseUrl}${route}`, { method, headers, body, redirect: 'manual' })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : {}
  } catch {
    // not JSON (HTML, ics): the caller reads it as text
  }
  return { status: response.status, body: parsed as T, headers: response.headers }
}

export async function login(baseUrl: string, email: string, password: string): Promise<Record<string, string>> {
  const { status, body } = await request<{ token?: string }>(baseUrl, 'POST', '/api/users/login', {
    body: { email, password },
  })
  if (status !== 200 || !body.token) throw new Error(`login as ${email} failed with ${status}: ${JSON.stringify(body)}`)
  return { Authorization: `JWT ${body.token}` }
}

export async function graphql<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<ApiResponse<{ data?: T; errors?: { message: string }[] }>> {
  return request(baseUrl, 'POST', '/api/graphql', { body: { query, variables }, headers })
}

/** An admin's Authorization header for the server under test. */
export function adminHeaders(baseUrl: string): Promise<Record<string, string>> {
  return login(baseUrl, TEST_ADMIN.email, TEST_ADMIN.password)
}
