import { RefreshOnSave } from './RefreshOnSave.client'

/** Shown to an editor in draft mode: what they see includes unpublished changes. */
export function PreviewBanner() {
  return (
    <aside className="preview-banner" aria-label="Draft preview">
      <p>
        Draft preview: this page shows unpublished changes. <a href="/preview/exit">Leave the preview</a>
      </p>
      <RefreshOnSave />
    </aside>
  )
}
