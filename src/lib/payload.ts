import config from '@payload-config'
import { getPayload } from 'payload'

/**
 * The one Payload instance that serves this process's requests (cached by getPayload), with its
 * crons: the jobs queue that runs scheduled publishes (`jobs.autoRun` in payload.config.ts), so no
 * external cron is needed. src/server.ts asks /readyz once it listens, which starts it.
 *
 * One instance, not a second one for the jobs: on SQLite a second instance is a second connection,
 * and its writes made the first one's commits fail now and then, which Payload's commitTransaction
 * swallows (a login whose session was never stored). Started from instrumentation, the instance
 * would also come from another copy of Payload's modules than the routes' (Next compiles it apart),
 * and the routes' `instanceof ValidationError` would no longer recognise its errors.
 */
export const payloadClient = () => getPayload({ config, cron: true })
