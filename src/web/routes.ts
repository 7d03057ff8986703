import fs from 'node:fs'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyPluginAsync } from 'fastify'

/** The built chat page (web/dist, committed; `npm run web:build` remakes it). */
const WEB_DIST = path.resolve(import.meta.dirname, '../../web/dist')

/**
 * The page's own addresses: each answers the same index.html and the page routes itself, so a mail
 * link (/verify-email?token=…, /reset-password?token=…) or a reload on /c/<id> opens the right screen.
 */
const PAGE_ROUTES = ['/', '/login', '/signup', '/signup/sent', '/forgot-password', '/verify-email', '/reset-password', '/account', '/c/:id']

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
}
