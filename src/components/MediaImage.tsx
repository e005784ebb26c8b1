import { getImageProps } from 'next/image'

import type { Picture } from '@/lib/reshape'

type MediaImageProps = {
  picture: Picture
  /** The rendered width in CSS pixels; the height follows the picture's ratio. */
  displayWidth: number
  className?: string
}

/**
 * An upload through Next's image optimiser (AVIF/WebP, a 1x/2x srcset: every image here has a
 * fixed display size, so no `sizes`), with explicit width and height (no layout shift) and the
 * alt text editors gave the media document. getImageProps renders a plain <img> on the server:
 * <Image> would ship its client component (~6 KB compressed) to every page for nothing.
 */
export function MediaImage({ picture, displayWidth, className }: MediaImageProps) {
  const displayHeight = Math.round((picture.height / picture.width) * displayWidth)
  const { props } = getImageProps({
    src: picture.src,
    alt: picture.alt,
    width: displayWidth,
    height: displayHeight,
    className,
  })
  // props carries alt (the media document's required alt text), src, srcSet, width and height.
  return <img {...props} />
}
