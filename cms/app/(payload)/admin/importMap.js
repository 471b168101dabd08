import { Checklist as Checklist_d099a7e942f3d22086b3e9d93d7de915 } from '../../../editorial-checks/Checklist'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { TableFeatureClient as TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
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
import { LiveLink as LiveLink_ed273e1bcd40b8dc842e2cc13a9a8744 } from '../../../desk/LiveLink'
import { StateCell as StateCell_33b013da18b7d3d2038b20e55efbd6fe } from '../../../desk/StateCell'
import { TranslationCell as TranslationCell_a9ab2d84cabb1a5a1a069423488abc5d } from '../../../localization/TranslationCell'
import { SchedulePreview as SchedulePreview_1a2e64e1a0130dc4aa73cd5aa98fe98a } from '../../../collections/Events/admin/SchedulePreview'
import { OccurrencePicker as OccurrencePicker_d93a093b12fa0c1c52a02598412a4052 } from '../../../collections/Events/admin/OccurrencePicker'
import { ImportPanel as ImportPanel_791ae39e37060288270854c2721a8e94 } from '../../../importer/admin/ImportPanel'
import { FaqDraftButton as FaqDraftButton_83b0251a83d9efc2ff5af94790e745eb } from '../../../submissions/admin/FaqDraftButton'
import { PersonDataPanel as PersonDataPanel_acc8bacba963f45ec89944b2ae282948 } from '../../../submissions/admin/PersonDataPanel'
import { RosterPanel as RosterPanel_778d9327bda180ea9b402373c5586f4a } from '../../../registration/admin/RosterPanel'
import { PublisherControls as PublisherControls_10054e466b460710a67765b1d59a9ee8 } from '../../../publisher/admin/PublisherControls'
import { Avatar as Avatar_17eaa033ae2ea6b3b6f86b99c2b10184 } from '../../../components/Avatar'
import { Icon as Icon_046f426b81a173dda97eaa2afb780a67 } from '../../../components/brand/Icon'
import { Logo as Logo_783c22b53d7b86bb1103bc322eb1604a } from '../../../components/brand/Logo'
import { TranslationsNavLink as TranslationsNavLink_4ca84e12b7409a0d4650fc7ae9ede6fc } from '../../../localization/TranslationsNavLink'
import { DeclinedLabelsProvider as DeclinedLabelsProvider_11aa19c1cdf1fe88ed25c5a46078f27a } from '../../../i18n/DeclinedLabelsProvider'
import { DeskView as DeskView_8d88085839416216f3019a37e6d3b96a } from '../../../desk/DeskView'
import { HelpView as HelpView_9627f0484d24c4745b054046f816db83 } from '../../../help/HelpView'
import { TranslationsView as TranslationsView_0c3ea98cdcfeaeb46174692fb483e63d } from '../../../localization/TranslationsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/editorial-checks/Checklist#Checklist": Checklist_d099a7e942f3d22086b3e9d93d7de915,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#TableFeatureClient": TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
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
  "/desk/LiveLink#LiveLink": LiveLink_ed273e1bcd40b8dc842e2cc13a9a8744,
  "/desk/StateCell#StateCell": StateCell_33b013da18b7d3d2038b20e55efbd6fe,
  "/localization/TranslationCell#TranslationCell": TranslationCell_a9ab2d84cabb1a5a1a069423488abc5d,
  "/collections/Events/admin/SchedulePreview#SchedulePreview": SchedulePreview_1a2e64e1a0130dc4aa73cd5aa98fe98a,
  "/collections/Events/admin/OccurrencePicker#OccurrencePicker": OccurrencePicker_d93a093b12fa0c1c52a02598412a4052,
  "/importer/admin/ImportPanel#ImportPanel": ImportPanel_791ae39e37060288270854c2721a8e94,
  "/submissions/admin/FaqDraftButton#FaqDraftButton": FaqDraftButton_83b0251a83d9efc2ff5af94790e745eb,
  "/submissions/admin/PersonDataPanel#PersonDataPanel": PersonDataPanel_acc8bacba963f45ec89944b2ae282948,
  "/registration/admin/RosterPanel#RosterPanel": RosterPanel_778d9327bda180ea9b402373c5586f4a,
  "/publisher/admin/PublisherControls#PublisherControls": PublisherControls_10054e466b460710a67765b1d59a9ee8,
  "/components/Avatar#Avatar": Avatar_17eaa033ae2ea6b3b6f86b99c2b10184,
  "/components/brand/Icon#Icon": Icon_046f426b81a173dda97eaa2afb780a67,
  "/components/brand/Logo#Logo": Logo_783c22b53d7b86bb1103bc322eb1604a,
  "/localization/TranslationsNavLink#TranslationsNavLink": TranslationsNavLink_4ca84e12b7409a0d4650fc7ae9ede6fc,
  "/i18n/DeclinedLabelsProvider#DeclinedLabelsProvider": DeclinedLabelsProvider_11aa19c1cdf1fe88ed25c5a46078f27a,
  "/desk/DeskView#DeskView": DeskView_8d88085839416216f3019a37e6d3b96a,
  "/help/HelpView#HelpView": HelpView_9627f0484d24c4745b054046f816db83,
  "/localization/TranslationsView#TranslationsView": TranslationsView_0c3ea98cdcfeaeb46174692fb483e63d,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
