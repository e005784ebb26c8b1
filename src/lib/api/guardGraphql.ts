import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  parse,
  type SelectionSetNode,
} from 'graphql'

import { MAX_GRAPHQL_DEPTH } from '../apiLimits'
import { checkJsonValue, mediaTypeOf, parseJsonObject } from './jsonBody'

type GraphqlHandler = (request: Request) => Promise<Response>

/** Enough for any query the schema can answer within the depth limit; a 5,000-way `or` is not. */
const MAX_QUERY_TOKENS = 5_000

function clientError(message: string, status = 400): Response {
  return Response.json({ errors: [{ message, extensions: { statusCode: status } }] }, { status, headers: { 'Cache-Control': 'no-store' } })
}

/** Fragments that spread themselves, directly or through others: graphql-js would report them, but Payload's complexity rule recurses into them first and overflows the stack. */
function fragmentCycle(fragments: Map<string, FragmentDefinitionNode>): string | undefined {
  const state = new Map<string, 'visiting' | 'done'>()
  const spreadsOf = (selectionSet: SelectionSetNode): string[] => {
    const names: string[] = []
    const pending = [...selectionSet.selections]
    while (pending.length > 0) {
      const selection = pending.pop()
      if (!selection) continue
      if (selection.kind === Kind.FRAGMENT_SPREAD) names.push(selection.name.value)
      else if (selection.selectionSet) pending.push(...selection.selectionSet.selections)
    }
    return names
  }
  const visit = (name: string): string | undefined => {
    if (state.get(name) === 'done') return undefined
    if (state.get(name) === 'visiting') return name
    const fragment = fragments.get(name)
    if (!fragment) return undefined
    state.set(name, 'visiting')
    for (const spread of spreadsOf(fragment.selectionSet)) {
      const cycle = visit(spread)
      if (cycle) return cycle
    }
    state.set(name, 'done')
    return undefined
  }
  for (const name of fragments.keys()) {
    const cycle = visit(name)
    if (cycle) return cycle
  }
  return undefined
}

/** How deeply the selections nest, fragments followed (they are acyclic by now). */
function selectionDepth(selectionSet: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>): number {
  if (!selectionSet) return 0
  let deepest = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) deepest = Math.max(deepest, 1 + selectionDepth(selection.selectionSet, fragments))
    else if (selection.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments))
    else deepest = Math.max(deepest, selectionDepth(fragments.get(selection.name.value)?.selectionSet, fragments))
  }
  return deepest
}

export function checkGraphqlDocument(document: DocumentNode): string | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  const cycle = fragmentCycle(fragments)
  if (cycle) return `Fragment "${cycle}" spreads itself (directly or through other fragments); fragments may not form a cycle.`
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue
    const depth = selectionDepth(definition.selectionSet, fragments)
    if (depth > MAX_GRAPHQL_DEPTH) return `The query nests ${depth} levels deep; the limit is ${MAX_GRAPHQL_DEPTH}.`
  }
  return undefined
}

/**
 * Payload's GraphQL route behind checks of what it would answer with a 500: a body that is not a
 * JSON object, a query that does not parse or is too large, fragment cycles, queries nested deeper
 * than MAX_GRAPHQL_DEPTH, and variables that are too deep, too long or carry NUL bytes.
 */
export function guardGraphql(handler: GraphqlHandler): GraphqlHandler {
  return async (request) => {
    if (request.method === 'GET') {
      // GraphQL over HTTP: `?query=&variables=` (queries only; graphql-http answers 405 to a mutation).
      const params = new URL(request.url).searchParams
      const variables = params.get('variables')
      let parsedVariables: unknown
      if (variables !== null && variables.trim() !== '') {
        const parsed = parseJsonObject(variables, '"variables"')
        if (!parsed.ok) return clientError(parsed.message)
        parsedVariables = parsed.value
      }
      const problem = checkOperation(params.get('query') ?? undefined, parsedVariables)
      return problem ?? handler(request)
    }
    const mediaType = mediaTypeOf(request)
    if (mediaType !== 'application/json' && mediaType !== 'application/graphql-response+json') {
      return clientError('Send GraphQL requests as JSON (Content-Type: application/json) with a "query".', 415)
    }
    const text = await request.text()
    const body = parseJsonObject(text, 'The request body')
    if (!body.ok) return clientError(body.message)
    const { query, variables } = body.value as { query?: unknown; variables?: unknown }
    const problem = checkOperation(query, variables)
    if (problem) return problem
    return handler(new Request(request.url, { method: request.method, headers: request.headers, body: text }))
  }
}

/** The checks a query and its variables pass before Payload sees them, whichever method carried them. */
function checkOperation(query: unknown, variables: unknown): Response | undefined {
  if (typeof query !== 'string' || query.trim() === '') return clientError('The request needs a "query": the GraphQL query as text.')
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) {
    return clientError('"variables" must be a JSON object.')
  }
  const problem = checkJsonValue(variables, 'variables')
  if (problem) return clientError(problem)
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: MAX_QUERY_TOKENS })
  } catch (error) {
    if (error instanceof GraphQLError) return clientError(error.message)
    throw error
  }
  const invalid = checkGraphqlDocument(document)
  return invalid ? clientError(invalid) : undefined
}
