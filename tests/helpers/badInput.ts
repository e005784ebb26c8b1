import type { BadInputCase, BadInputContext } from '../fixtures/bad-input/cases'

export type BadInputResult = { testCase: BadInputCase; status: number; message?: string; problem?: string; location?: string | null }

/** The message of a Payload-style (`errors[0].message`, `message`) or GraphQL error answer. */
function messageOf(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined
  const record = body as { message?: unknown; errors?: { message?: unknown }[] }
  const first = record.errors?.[0]?.message ?? record.message
  return typeof first === 'string' ? first : undefined
}

/** GraphQL errors reported with statusCode 500 although the client caused them. */
function graphqlServerErrors(body: unknown): string[] {
  const errors = (body as { errors?: { message?: string; extensions?: { statusCode?: number } }[] } | null)?.errors ?? []
  return errors.filter((error) => (error.extensions?.statusCode ?? 0) >= 500).map((error) => String(error.message))
}

/** Sends one case and says what is wrong with the answer, if anything. */
export async function sendBadInput(baseUrl: string, testCase: BadInputCase, context: BadInputContext): Promise<BadInputResult> {
  const headers = { ...testCase.headers, ...(testCase.signedIn ? context.admin : {}) }
  let response: Response
  try {
    response = await fetch(`${baseUrl}${testCase.path}`, { method: testCase.method, headers, body: testCase.body, redirect: 'manual' })
  } catch (error) {
    return { testCase, status: 0, problem: `the request failed: ${String(error)}` }
  }
  const text = await response.text()
  const result: BadInputResult = { testCase, status: response.status, location: response.headers.get('location') }
  let body: unknown
  try {
    body = text ? JSON.parse(text) : undefined
  } catch {
    body = undefined
  }
  result.message = messageOf(body)
  const problems: string[] = []
  if (response.status >= 500) problems.push(`answered ${response.status}: ${text.slice(0, 200)}`)
  if (testCase.expect && !testCase.expect.includes(response.status)) problems.push(`answered ${response.status}, expected ${testCase.expect.join(' or ')}: ${text.slice(0, 200)}`)
  const isJson = (response.headers.get('content-type') ?? '').includes('json')
  if (response.status >= 400 && response.status < 500 && isJson) {
    if (!result.message?.trim()) problems.push(`a ${response.status} without a message: ${text.slice(0, 200)}`)
    else if (/something went wrong|unknown error/i.test(result.message)) problems.push(`an unhelpful message: ${result.message}`)
  }
  if (testCase.path.startsWith('/api/graphql')) {
    const serverErrors = graphqlServerErrors(body)
    if (serverErrors.length > 0) problems.push(`GraphQL errors with statusCode 500: ${serverErrors.join('; ').slice(0, 200)}`)
  }
  if (result.location !== null && result.location !== undefined) {
    if (!/^\/(?![/\\])[\x21-\x7e]*$/.test(result.location) && !result.location.startsWith(baseUrl)) problems.push(`redirects off-site or to an invalid Location: ${result.location}`)
  }
  if (problems.length > 0) result.problem = problems.join(' | ')
  return result
}
