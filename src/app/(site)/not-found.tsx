import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="page">
        <h1>Page not found</h1>
        <p>
          This address does not exist (any more). The <a href="/">home page</a> has this year&rsquo;s workshop, and the
          edition switcher above every archive since the first.
        </p>
      </main>
      <SiteFooter />
    </>
  )
}
