import type { Metadata } from 'next'

import { pageMetadata } from '@/lib/metadata'
import type { PageView } from '@/lib/reshape'
import { sitePaths } from '@/lib/siteUrl'

import { RichText } from '../RichText'
import { SiteFooter } from '../SiteFooter'
import { SiteHeader } from '../SiteHeader'

/** A free-form page from the Pages collection, such as a challenge's rules. */
export function ContentPage({ page }: { page: PageView }) {
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="page">
        <article>
          <h1>{page.title}</h1>
          {page.summary ? <p className="lead">{page.summary}</p> : null}
          <RichText data={page.content} />
        </article>
      </main>
      <SiteFooter />
    </>
  )
}

export function contentPageMetadata(page: PageView): Metadata {
  return pageMetadata({
    title: page.title,
    description: page.summary ?? `${page.title}: SyntaGen workshop.`,
    path: sitePaths.page(page.slug),
    seo: page.seo,
  })
}
