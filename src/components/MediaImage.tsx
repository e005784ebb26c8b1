import Image from 'next/image'

import type { Picture } from '@/lib/reshape'

type MediaImageProps = {
  picture: Picture
  /** The rendered width in CSS pixels; the height follows the picture's ratio. */
  displayWidth: number
  className?: string
}

/**
 * An upload through Next's image optimiser, with its own width and height (no layout shift) and
 * the alt text editors gave the media document.
 */
export function MediaImage({ picture, displayWidth, className }: MediaImageProps) {
  const displayHeight = Math.round((picture.height / picture.width) * displayWidth)
  return (
    <Image
      src={picture.src}
      alt={picture.alt}
      width={displayWidth}
      height={displayHeight}
      sizes={`${displayWidth}px`}
      className={className}
    />
  )
}
