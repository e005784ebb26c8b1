import { parsePaperFilter, parsePageNumber } from '@/lib/papers/filter'
import { getPaperListing } from '@/lib/queries'
import { getCurrentEdition, getEditionByYear } from '@/lib/queries'

/**
 * /papers/search.json?year=2024&q=&presentation=&award=&page=: one page of the papers listing as
 * JSON, for the listing's instant search (the same query the page itself runs without JavaScript).
 * Per request: it answers whatever a visitor types.
 */
export const dynamic = 'force-dynamic'

function jsonError(status: 400 | 404, error: string): Response {
  return Response.json({ error }, { status, headers: { 'Cache-Control': 'no-store' } })
}

export async function GET(request: Request): Promise<Response> {
  const params = Object.fromEntries(new URL(request.url).searchParams)
  const year = params.year
  if (year !== undefined && !/^\d{4}$/.test(year))
    return jsonError(400, 'The year must be four digits, e.g. year=2024.')
  const edition = year ? await getEditionByYear(Number(year)) : await getCurrentEdition()
  if (!edition) return jsonError(404, year ? `There is no published ${year} edition.` : 'No edition is published yet.')
  const listing = await getPaperListing(edition.id, parsePaperFilter(params), parsePageNumber(params.page))
  return Response.json(listing, { headers: { 'Cache-Control': 'public, max-age=30' } })
}
