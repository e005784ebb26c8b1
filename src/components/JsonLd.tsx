import { type JsonLd as JsonLdData, serializeJsonLd } from '@/lib/citation'

/** schema.org data for search engines. */
export function JsonLd({ data }: { data: JsonLdData }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
