import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

type PageRouteSpec<Params, Found> = {
  /** What the address names (an edition, a paper, …) as the view's props; null answers 404. */
  find: (params: Params) => Promise<Found | null>
  metadata: (found: Found) => Metadata
  View: (props: Found) => ReactNode | Promise<ReactNode>
}

/**
 * The metadata and page of a visitor route, for both addresses that serve it: the current
 * edition's (/schedule) and an archive's (/2024/schedule), whose params differ only by the year
 * segment. The route files re-export these; each keeps its own segment config (revalidate,
 * dynamic, dynamicParams), which Next reads only as literals in the route file itself:
 * https://nextjs.org/docs/app/api-reference/file-conventions/route-segment-config
 */
export function pageRoute<Params, Found extends object>({ find, metadata, View }: PageRouteSpec<Params, Found>) {
  type RouteProps = { params: Promise<Params> }
  return {
    generateMetadata: async ({ params }: RouteProps): Promise<Metadata> => {
      const found = await find(await params)
      return found ? metadata(found) : {}
    },
    Page: async ({ params }: RouteProps) => {
      const found = await find(await params)
      if (!found) notFound()
      return <View {...found} />
    },
  }
}
