/**
 * The API's shapes as the server declares them (src/contract): the page restates none of them.
 * Type-only, so the bundle carries no zod; web/src/contract-imports.test.ts keeps it that way.
 */
export type { ApiKey, CreatedApiKey, SignupResult, TokenPair, User } from '../../../src/contract/auth'
export type { Lang, Notice, Page } from '../../../src/contract/common'
export type {
  AskOptions,
  AskRequest,
  Conversation,
  ConversationWithMessages,
  CreateConversationRequest,
  Message,
  RateRequest,
  Rating,
  RenameConversationRequest,
} from '../../../src/contract/conversations'
export type { DocumentInfo, DocumentList } from '../../../src/contract/documents'
export type { ErrorBody, ErrorInfo, FieldIssue } from '../../../src/contract/errors'
export type { InheritanceRequest, InheritanceResult, Relation, School } from '../../../src/contract/inheritance'
export type { AnswerEvent, AnswerEventData, AnswerEventName } from '../../../src/contract/events'
export type { ReadinessChecks, Ready } from '../../../src/contract/ops'
export type { CreatedShare, Share, SharedConversation, SharedSource } from '../../../src/contract/shares'
export type { Source } from '../../../src/contract/sources'

// The hadith admin routes declare their shapes as schemas only: inferred here, as types.
import type { z } from 'zod'
import type { hadithCatalogueSchema, hadithImportBody } from '../../../src/contract/corpus'
export type HadithCatalogue = z.infer<typeof hadithCatalogueSchema>
export type HadithImportRequest = z.input<typeof hadithImportBody>
/** One shared collection the index holds (GET /corpus/sources). */
export interface CorpusCollection {
  collection: string
  title: string
  passages: number
  texts: number
  languages: string[]
}
