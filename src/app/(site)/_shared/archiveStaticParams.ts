import { listEditionIdsForBuild } from '@/lib/queries'

/** The archive addresses built ahead (/<year>/…): one per edition; later ones render on first request. */
export async function archiveStaticParams(): Promise<{ segment: string }[]> {
  const editions = await listEditionIdsForBuild()
  return editions.map((edition) => ({ segment: String(edition.year) }))
}
