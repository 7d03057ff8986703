import type { HadithFacts, Locator, Source } from '../contract/sources'
import { sql } from 'drizzle-orm'
import { type AnyPgColumn, bigint, boolean, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow()

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    firstName: text('first_name'),
    lastName: text('last_name'),
    role: text('role', { enum: ['user', 'admin'] })
      .notNull()
      .default('user'),
    isVerified: boolean('is_verified').notNull().default(false),
    createdAt: createdAt(),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`)],
)

/** One family per login; every rotated refresh token of that login belongs to it. */
export const refreshFamilies = pgTable(
  'refresh_families',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedReason: text('revoked_reason'),
  },
  (t) => [index('refresh_families_user_idx').on(t.userId)],
)

export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    familyId: uuid('family_id')
      .notNull()
      .references(() => refreshFamilies.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('refresh_tokens_hash_key').on(t.tokenHash), index('refresh_tokens_family_idx').on(t.familyId)],
)

/** Personal API keys: a key acts as its owner; only its SHA-256 is stored, and its prefix to tell keys apart. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_keys_hash_key').on(t.keyHash), index('api_keys_user_idx').on(t.userId)],
)

/** Single-use links sent by mail (verification, password reset); only their hash is stored. */
export const userTokens = pgTable(
  'user_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['verify_email', 'password_reset'] }).notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('user_tokens_hash_key').on(t.tokenHash), index('user_tokens_user_idx').on(t.userId, t.kind)],
)

/**
 * Retrieval units: one Qur'an verse (with its texts in several languages) or one chunk of a document.
 * Shared-corpus units have no owner; a user's uploaded chunks carry owner and conversation.
 * The embedding column is added at run time, typed by the embedder's dimension (see rag/index/vectors.ts).
 */
export const passages = pgTable(
  'passages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    collection: text('collection').notNull(),
    sourceKey: text('source_key').notNull(),
    // A document's passages go with it in the same statement: a job still writing them fails on this key.
    documentId: uuid('document_id').references((): AnyPgColumn => documents.id, { onDelete: 'cascade' }),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'cascade' }),
    conversationId: uuid('conversation_id'),
    title: text('title'),
    surah: integer('surah'),
    verseFrom: integer('verse_from'),
    verseTo: integer('verse_to'),
    locator: jsonb('locator').$type<Locator>(),
    /** Set on a hadith: its number, grades and matn (see rag/canon/hadith-units.ts). */
    hadith: jsonb('hadith').$type<HadithFacts>(),
    contentHash: text('content_hash').notNull(),
    termCount: integer('term_count').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('passages_source_key').on(t.collection, t.sourceKey),
    index('passages_scope_idx').on(t.ownerId, t.conversationId),
    index('passages_document_idx').on(t.documentId),
    index('passages_verses_idx').on(t.surah, t.verseFrom),
  ],
)

/** The text of a unit in one language (a verse in Arabic, French and English: three rows). */
export const passageTexts = pgTable(
  'passage_texts',
  {
    passageId: uuid('passage_id')
      .notNull()
      .references(() => passages.id, { onDelete: 'cascade' }),
    lang: text('lang').notNull(),
    text: text('text').notNull(),
    reference: text('reference').notNull(),
    /** The title in this language (a surah's name, a book's title), when it differs from the unit's. */
    title: text('title'),
  },
  (t) => [primaryKey({ columns: [t.passageId, t.lang] })],
)

/** Postings for BM25: how often each analysed term occurs in a unit (all its languages together). */
export const passageTerms = pgTable(
  'passage_terms',
  {
    term: text('term').notNull(),
    passageId: uuid('passage_id')
      .notNull()
      .references(() => passages.id, { onDelete: 'cascade' }),
    tf: real('tf').notNull(),
  },
  (t) => [primaryKey({ columns: [t.term, t.passageId] }), index('passage_terms_passage_idx').on(t.passageId)],
)

/** Facts about the index: which embedder built it, which corpus version is loaded. */
export const indexMeta = pgTable('index_meta', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
})

export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    title: text('title'),
    createdAt: createdAt(),
    /** Last activity (a message, a rename): the list is ordered by it. */
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('conversations_owner_recent_idx').on(t.ownerId, t.updatedAt, t.id)],
)

export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Insertion order: a question and its answer are saved in one transaction, with the same created_at. */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['user', 'assistant'] }).notNull(),
    content: text('content').notNull(),
    sources: jsonb('sources').$type<Source[]>(),
    mode: text('mode', { enum: ['generative', 'extractive'] }),
    model: text('model'),
    status: text('status', { enum: ['complete', 'incomplete', 'error'] })
      .notNull()
      .default('complete'),
    createdAt: createdAt(),
  },
  (t) => [index('messages_conversation_idx').on(t.conversationId, t.seq), index('messages_owner_idx').on(t.ownerId)],
)

/**
 * Read-only links to a conversation. Only the token's SHA-256 is stored. A link is a snapshot: it shows the
 * messages up to `through_seq` and the title as they were when it was made (messages are never edited).
 */
export const conversationShares = pgTable(
  'conversation_shares',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    title: text('title'),
    throughSeq: bigint('through_seq', { mode: 'number' }).notNull(),
    createdAt: createdAt(),
    views: integer('views').notNull().default(0),
    lastViewedAt: timestamp('last_viewed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('conversation_shares_token_key').on(t.tokenHash), index('conversation_shares_conversation_idx').on(t.conversationId)],
)

export const feedback = pgTable(
  'message_feedback',
  {
    messageId: uuid('message_id')
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    rating: integer('rating').notNull(),
    comment: text('comment'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.messageId, t.userId] })],
)

/** An uploaded file: in a conversation (private to its owner) or, without one, in the shared corpus (admin). */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    conversationId: uuid('conversation_id').references(() => conversations.id, { onDelete: 'cascade' }),
    collection: text('collection').notNull(),
    lang: text('lang'),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    storagePath: text('storage_path').notNull(),
    status: text('status', { enum: ['processing', 'ready', 'failed'] })
      .notNull()
      .default('processing'),
    error: text('error'),
    pages: integer('pages'),
    passages: integer('passages'),
    /** Ingestion jobs started for it: a document that keeps killing its worker is given up, not retried forever. */
    attempts: integer('attempts').notNull().default(0),
    /** Pages read so far (by their text layer or by OCR) out of pages_total, while it is processed. */
    pagesDone: integer('pages_done'),
    pagesTotal: integer('pages_total'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('documents_conversation_idx').on(t.conversationId), index('documents_status_idx').on(t.status)],
)

/**
 * A page read by OCR, kept until its document is ready: a job that died mid-document resumes after the
 * pages already read instead of reading them again (OCR is the slow part), and adds none twice.
 */
export const documentPages = pgTable(
  'document_pages',
  {
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    page: integer('page').notNull(),
    text: text('text').notNull(),
    /** Tesseract's mean word confidence for the page, 0–1. */
    confidence: real('confidence').notNull(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.page] })],
)
