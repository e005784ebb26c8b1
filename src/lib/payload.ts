import config from '@payload-config'
import { getPayload } from 'payload'

/** The one Payload instance of this process (cached by getPayload). */
export const payloadClient = () => getPayload({ config })
