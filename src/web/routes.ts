import fs from 'node:fs'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import { SHARED_VIEW_HEADERS } from '../conversations/share-routes'

/** The built chat page (web/dist, committed; `npm run web:build` remakes it). */
const WEB_DIST = path.resolve(import.meta.dirname, '../../web/dist')

/**
 * The page's own addresses: each answers the same index.html and the page routes itself, so a mail
 * link (/verify-email?token=…, /reset-password?token=…) or a reload on /c/<id> opens the right screen.
 */
/** Addresses that are never the page's, whatever the browser accepts: their 404 stays the API's JSON. */
const NOT_PAGE = /^\/(api|assets|docs)(\/|$)|^\/openapi\.json$|\.[a-z0-9]+$/i

/**
 * The page's answer to an address nothing serves, when a browser asks for a page: the page itself with
 * status 404, which shows its "not found" screen. Null when this request should get the API's JSON 404.
 */
export function pageNotFound(dist = WEB_DIST): (req: FastifyRequest, reply: FastifyReply) => FastifyReply | null {
  const indexFile = path.join(dist, 'index.html')
  const index = fs.existsSync(indexFile) ? fs.readFileSync(indexFile) : null
  return (req, reply) => {
    const wantsPage = (req.method === 'GET' || req.method === 'HEAD') && /text\/html/.test(String(req.headers.accept ?? '')) && !NOT_PAGE.test(req.url.split('?')[0]!)
    if (!index || !wantsPage) return null
    return reply.status(404).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(index)
  }
}

const PAGE_ROUTES = ['/', '/login', '/signup', '/signup/sent', '/forgot-password', '/verify-email', '/reset-password', '/account', '/inheritance', '/c/:id']

export const webRoutes: FastifyPluginAsync<{ dist?: string }> = async (app, opts) => {
  const dist = opts.dist ?? WEB_DIST
  const indexFile = path.join(dist, 'index.html')
  if (!fs.existsSync(indexFile)) {
    app.log.warn({ dist }, 'the chat page is not built (web/dist/index.html missing): run `npm run web:build`; the API works without it')
    return
  }
  const index = fs.readFileSync(indexFile)

  // Hashed file names change with their content, so browsers may keep them for a year.
  await app.register(fastifyStatic, {
    root: path.join(dist, 'assets'),
    prefix: '/assets/',
    decorateReply: false,
    index: false,
    maxAge: '365d',
    immutable: true,
  })
  const favicon = path.join(dist, 'favicon.svg')
  if (fs.existsSync(favicon)) {
    const icon = fs.readFileSync(favicon)
    app.get('/favicon.svg', { schema: { hide: true } }, async (_req, reply) => reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(icon))
  }

  for (const url of PAGE_ROUTES) {
    app.get(url, { schema: { hide: true } }, async (_req, reply) =>
      // Always revalidated: a new deployment's page must point at its new asset names.
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(index),
    )
  }
  // A shared conversation's page: the same index.html, sent like the shared view itself (not stored, not indexed, no Referer).
  app.get('/s/:token', { schema: { hide: true } }, async (_req, reply) => reply.type('text/html; charset=utf-8').headers(SHARED_VIEW_HEADERS).send(index))
}
