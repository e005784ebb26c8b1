import { SiteFooter } from '../SiteFooter'
import { SiteHeader } from '../SiteHeader'

/** A fresh installation: nothing is published yet. */
export function NoEdition() {
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="page">
        <h1>SyntaGen</h1>
        <p>Harnessing Generative Models for Synthetic Visual Datasets. The next edition is to be announced.</p>
      </main>
      <SiteFooter />
    </>
  )
}
