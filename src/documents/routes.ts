import multipart from '@fastify/multipart'
import type { FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { caller, requireRole, type Guard } from '../auth/guard'
import type { Quotas } from '../cache/quotas'
import type { ConversationService } from '../conversations/service'
import { documentListSchema, documentSchema, uploadLangSchema } from '../contract/documents'
import { isHadithBook } from '../rag/canon/hadith-books'
import { errorSchema, NotFound, PayloadTooLarge, ValidationFailed } from '../errors'
import type { DocumentService } from './service'

interface Upload {
  fileName: string
  declaredType: string
  bytes: Buffer
  fields: Record<string, string>
}

/** Reads the multipart body: one `file` part (size-limited while streaming) and any text fields. */
async function readUpload(req: FastifyRequest, maxBytes: number): Promise<Upload> {
  let upload: Omit<Upload, 'fields'> | undefined
  const fields: Record<string, string> = {}
  try {
    for await (const part of req.parts({ limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 1_000 } })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') {
          await part.toBuffer().catch(() => undefined)
          continue
        }
        upload = { fileName: part.filename ?? 'document', declaredType: part.mimetype, bytes: await part.toBuffer() }
      } else {
        fields[part.fieldname] = String(part.value)
      }
    }
  } catch (err) {
    const code = (err as { code?: string }).code
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new PayloadTooLarge(`The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`, { limit_mb: Math.round(maxBytes / 1024 / 1024) })
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') throw new ValidationFailed('Send one file in a field named "file".')
    throw err
  }
  if (!upload) throw new ValidationFailed('A file is required, in a multipart field named "file".', [{ field: 'file', message: 'is required' }])
  return { ...upload, fields }
}

const multipartBody = { consumes: ['multipart/form-data'] }

/** The upload's text fields, validated like a JSON body: a 422 naming each bad field. */
function parseFields<T extends z.ZodType>(schema: T, fields: Record<string, string>): z.infer<T> {
  const parsed = schema.safeParse(fields)
  if (!parsed.success)
    throw new ValidationFailed(
      'Some fields are invalid.',
      parsed.error.issues.map((i) => ({ field: `body.${i.path.join('.')}`, message: i.message })),
    )
  return parsed.data
}

/** Uploads one user may be sending at once, and bytes an hour. */
export interface UploadQuota {
  quotas: Quotas
  inFlight: number
  bytesPerHour: number
}

export const documentRoutes: FastifyPluginAsyncZod<{
  service: DocumentService
  conversations: Pick<ConversationService, 'owned'>
  authenticate: Guard
  maxUploadBytes: number
  quota: UploadQuota
}> = async (app, { service, conversations, authenticate, maxUploadBytes, quota }) => {
  // The multipart parser is registered here only: the rest of the API stays JSON.
  await app.register(multipart, { limits: { fileSize: maxUploadBytes } })
  /** Reads the upload within the user's quotas: a slot while it is received, then its bytes counted. */
  const receive = async (req: FastifyRequest, userId: string) => {
    const release = await quota.quotas.hold(`uploads:${userId}`, quota.inFlight, 600)
    try {
      const upload = await readUpload(req, maxUploadBytes)
      await quota.quotas.spend(`upload-bytes:${userId}`, upload.bytes.length, quota.bytesPerHour, 3600)
      return upload
    } finally {
      await release()
    }
  }
  app.addHook('preHandler', authenticate)
  const tags = ['documents']
  const security = [{ bearer: [] }]
  const params = z.strictObject({ id: z.uuid() })
  const docParams = z.strictObject({ id: z.uuid(), did: z.uuid() })

  app.post(
    '/conversations/:id/documents',
    {
      schema: {
        tags,
        security,
        ...multipartBody,
        summary:
          'Upload a file (PDF, DOCX, HTML, Markdown, text; scanned PDF, PNG, JPEG, TIFF or WebP read by OCR) to a conversation; optional field lang (ar, fr, en or several: ar,fr); 202 then processing → ready/failed',
        params,
        response: { 202: documentSchema, 404: errorSchema, 413: errorSchema, 415: errorSchema, 422: errorSchema },
      },
    },
    async (req, reply) => {
      const user = caller(req)
      await conversations.owned(user.sub, req.params.id)
      const upload = await receive(req, user.sub)
      const fields = parseFields(z.object({ lang: uploadLangSchema.optional() }), upload.fields)
      const doc = await service.upload({ ownerId: user.sub, conversationId: req.params.id, fileName: upload.fileName, declaredType: upload.declaredType, bytes: upload.bytes, lang: fields.lang })
      return reply.status(202).send(doc)
    },
  )

  app.get(
    '/conversations/:id/documents',
    {
      schema: { tags, security, summary: 'Documents of a conversation', params, response: { 200: documentListSchema, 404: errorSchema } },
    },
    async (req) => {
      const user = caller(req)
      await conversations.owned(user.sub, req.params.id)
      return { items: await service.list(user.sub, req.params.id) }
    },
  )

  app.get(
    '/conversations/:id/documents/:did',
    {
      schema: { tags, security, summary: 'One document and its status', params: docParams, response: { 200: documentSchema, 404: errorSchema } },
    },
    async (req) => service.get(caller(req).sub, req.params.id, req.params.did),
  )

  app.delete(
    '/conversations/:id/documents/:did',
    {
      schema: { tags, security, summary: 'Delete a document; its passages leave the index at once', params: docParams, response: { 204: z.null(), 404: errorSchema } },
    },
    async (req, reply) => {
      await service.remove(caller(req).sub, req.params.id, req.params.did)
      return reply.status(204).send(null)
    },
  )

  const admin = requireRole('admin')
  app.post(
    '/corpus/documents',
    {
      preHandler: admin,
      schema: {
        tags: ['corpus'],
        security,
        ...multipartBody,
        summary: 'Add a document to the shared corpus (admin); fields: file, collection, lang',
        response: { 202: documentSchema, 403: errorSchema, 413: errorSchema, 415: errorSchema, 422: errorSchema },
      },
    },
    async (req, reply) => {
      const user = caller(req)
      const upload = await receive(req, user.sub)
      const fields = parseFields(
        z.object({
          collection: z
            .string()
            .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be lower-case letters, digits, - or _')
            .refine((c) => c !== 'quran' && c !== 'uploads', 'is reserved')
            // (a hadith book's name is its installed collection: installing or removing the book would replace or take
            // the uploads' passages with it, leaving their documents listed as ready)
            .refine((c) => !isHadithBook(c), 'is a hadith book’s collection (install it with POST /api/v1/corpus/hadith)'),
          lang: uploadLangSchema.optional(),
        }),
        upload.fields,
      )
      const doc = await service.upload({
        ownerId: user.sub,
        conversationId: null,
        fileName: upload.fileName,
        declaredType: upload.declaredType,
        bytes: upload.bytes,
        collection: fields.collection,
        lang: fields.lang,
      })
      return reply.status(202).send(doc)
    },
  )

  app.get(
    '/corpus/documents',
    {
      preHandler: admin,
      schema: { tags: ['corpus'], security, summary: 'Shared-corpus documents (admin)', response: { 200: documentListSchema, 403: errorSchema } },
    },
    async () => ({ items: await service.list(null, null) }),
  )

  app.delete(
    '/corpus/sources/:collection',
    {
      preHandler: admin,
      schema: {
        tags: ['corpus'],
        security,
        summary: 'Empty a shared collection (admin): its documents and every passage indexed under it, by upload or by the index CLI',
        params: z.strictObject({
          collection: z
            .string()
            .max(64)
            .refine((c) => c !== 'quran' && c !== 'uploads', 'is reserved (the shipped Qur’an is re-indexed at start; uploads belong to their owners)')
            .refine((c) => !isHadithBook(c), 'is a hadith book: remove it with DELETE /api/v1/corpus/hadith/{book}, which also forgets its downloaded editions'),
        }),
        response: { 200: z.object({ collection: z.string(), documents_removed: z.number(), passages_removed: z.number() }), 403: errorSchema, 404: errorSchema, 422: errorSchema },
      },
    },
    async (req) => {
      const removed = await service.removeCollection(req.params.collection)
      if (removed.documents === 0 && removed.passages === 0) throw new NotFound('Collection')
      return { collection: req.params.collection, documents_removed: removed.documents, passages_removed: removed.passages }
    },
  )

  app.delete(
    '/corpus/documents/:did',
    {
      preHandler: admin,
      schema: {
        tags: ['corpus'],
        security,
        summary: 'Remove a shared-corpus document (admin)',
        params: z.strictObject({ did: z.uuid() }),
        response: { 204: z.null(), 403: errorSchema, 404: errorSchema },
      },
    },
    async (req, reply) => {
      await service.remove(null, null, req.params.did)
      return reply.status(204).send(null)
    },
  )
}
