import { getCurrentEdition } from '@/lib/queries'

export default async function HomePage() {
  const edition = await getCurrentEdition()
  if (!edition) {
    return (
      <main>
        <h1>SyntaGen</h1>
        <p>No edition is published yet.</p>
      </main>
    )
  }
  return (
    <main>
      <h1>{edition.name}</h1>
      {edition.tagline ? <p>{edition.tagline}</p> : null}
    </main>
  )
}
