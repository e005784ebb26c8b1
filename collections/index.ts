import { Affiliations } from './Affiliations'
import { Editions } from './Editions'
import { ImportantDates } from './ImportantDates'
import { Media } from './Media'
import { Organizers } from './Organizers'
import { Pages } from './Pages'
import { Papers } from './Papers'
import { Sessions } from './Sessions'
import { Site } from './Site'
import { Speakers } from './Speakers'
import { Users } from './Users'

export const collections = [Editions, Speakers, Sessions, Papers, ImportantDates, Organizers, Affiliations, Pages, Media, Users]
export const globals = [Site]
