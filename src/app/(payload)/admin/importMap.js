import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChallengeResultRowLabel as ChallengeResultRowLabel_b5ea3f0153b476d9c2047928410081c6 } from '../../../../admin/editions/ChallengeResultRowLabel'
import { OverviewComponent as OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaTitleComponent as MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaDescriptionComponent as MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaImageComponent as MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PreviewComponent as PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { CloneEdition as CloneEdition_643613f8cc355a1dd422083291d28272 } from '../../../../admin/editions/CloneEdition.client'
import { KeepFieldErrors as KeepFieldErrors_d0c3fe622cd1ad973688683de35e48d7 } from '../../../../admin/forms/KeepFieldErrors'
import { EditionCell as EditionCell_62b35b070fba29a50cb5213cea14210e } from '../../../../admin/edition/EditionCell'
import { EditionListFilter as EditionListFilter_a5e2e237839e02d327e891fe59853acc } from '../../../../admin/edition/EditionListFilter'
import { ListLinks as ListLinks_7771d2fa101a72f6224291ee7ee8cdb3 } from '../../../../admin/importExport/ListLinks'
import { VenueDateCell as VenueDateCell_7fa8a0bfe7796e0ab8bad3f7d81caf0a } from '../../../../admin/time/ZonedDateCell'
import { ZonedDateTimeField as ZonedDateTimeField_a7bb876e54ab16bc58026e034f23feaa } from '../../../../admin/time/ZonedDateTimeField'
import { SessionEndField as SessionEndField_8b0a2d0d1ba1589227675b2faf59ad17 } from '../../../../admin/time/SessionEndField'
import { AuthorRowLabel as AuthorRowLabel_bef5c07368672791499627c71f3c97d4 } from '../../../../admin/papers/AuthorRowLabel'
import { DeadlineDateCell as DeadlineDateCell_7fa8a0bfe7796e0ab8bad3f7d81caf0a } from '../../../../admin/time/ZonedDateCell'
import { DeadlineZoneField as DeadlineZoneField_ec25e3739c3c0f5887c9221b798e89e9 } from '../../../../admin/time/DeadlineZoneField'
import { InitialsAvatar as InitialsAvatar_1e27643743a369e11c1b31676bca0f26 } from '../../../../admin/account/InitialsAvatar'
import { Icon as Icon_6a0f29e89c160c1505723c15a442a9a6 } from '../../../../admin/graphics/Icon'
import { Logo as Logo_10aaff7434b13cca1803526e6545a000 } from '../../../../admin/graphics/Logo'
import { EditionOverview as EditionOverview_b7bb49f32da9c972b08377d9da9f380a } from '../../../../admin/dashboard/EditionOverview'
import { ImportView as ImportView_07404bfa6d80a503fba46f1bcf6505a1 } from '../../../../admin/importExport/ImportView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/../admin/editions/ChallengeResultRowLabel#ChallengeResultRowLabel": ChallengeResultRowLabel_b5ea3f0153b476d9c2047928410081c6,
  "@payloadcms/plugin-seo/client#OverviewComponent": OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaTitleComponent": MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaDescriptionComponent": MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaImageComponent": MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#PreviewComponent": PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "/../admin/editions/CloneEdition.client#CloneEdition": CloneEdition_643613f8cc355a1dd422083291d28272,
  "/../admin/forms/KeepFieldErrors#KeepFieldErrors": KeepFieldErrors_d0c3fe622cd1ad973688683de35e48d7,
  "/../admin/edition/EditionCell#EditionCell": EditionCell_62b35b070fba29a50cb5213cea14210e,
  "/../admin/edition/EditionListFilter#EditionListFilter": EditionListFilter_a5e2e237839e02d327e891fe59853acc,
  "/../admin/importExport/ListLinks#ListLinks": ListLinks_7771d2fa101a72f6224291ee7ee8cdb3,
  "/../admin/time/ZonedDateCell#VenueDateCell": VenueDateCell_7fa8a0bfe7796e0ab8bad3f7d81caf0a,
  "/../admin/time/ZonedDateTimeField#ZonedDateTimeField": ZonedDateTimeField_a7bb876e54ab16bc58026e034f23feaa,
  "/../admin/time/SessionEndField#SessionEndField": SessionEndField_8b0a2d0d1ba1589227675b2faf59ad17,
  "/../admin/papers/AuthorRowLabel#AuthorRowLabel": AuthorRowLabel_bef5c07368672791499627c71f3c97d4,
  "/../admin/time/ZonedDateCell#DeadlineDateCell": DeadlineDateCell_7fa8a0bfe7796e0ab8bad3f7d81caf0a,
  "/../admin/time/DeadlineZoneField#DeadlineZoneField": DeadlineZoneField_ec25e3739c3c0f5887c9221b798e89e9,
  "/../admin/account/InitialsAvatar#InitialsAvatar": InitialsAvatar_1e27643743a369e11c1b31676bca0f26,
  "/../admin/graphics/Icon#Icon": Icon_6a0f29e89c160c1505723c15a442a9a6,
  "/../admin/graphics/Logo#Logo": Logo_10aaff7434b13cca1803526e6545a000,
  "/../admin/dashboard/EditionOverview#EditionOverview": EditionOverview_b7bb49f32da9c972b08377d9da9f380a,
  "/../admin/importExport/ImportView#ImportView": ImportView_07404bfa6d80a503fba46f1bcf6505a1,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
