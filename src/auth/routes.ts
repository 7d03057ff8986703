import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { signupResultSchema } from '../contract/auth'
import { errorSchema } from '../errors'
import { pickMailLang } from '../mail/templates'
import { caller, type Guard, requireSession } from './guard'
import * as s from './schemas'
import type { AuthService } from './service'

export interface AuthRoutesOptions {
  service: AuthService
  authenticate: Guard
  /** Requests per IP per minute on the endpoints that guess or send mail. */
  perIpPerMin: number
}

const errorRef = errorSchema

export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (app, { service, authenticate, perIpPerMin }) => {
  const limited = { rateLimit: { max: perIpPerMin, timeWindow: 60_000 } }
  const tags = ['auth']

  app.post(
    '/signup',
    {
      config: limited,
      schema: { tags, summary: 'Create an account and send the verification mail', body: s.signupBody, response: { 201: signupResultSchema, 409: errorRef, 422: errorRef } },
    },
    async (req, reply) => {
      const user = await service.signup(req.body, pickMailLang(req.headers['accept-language']))
      return reply.status(201).send({ message: 'Account created. Check your mailbox to confirm your address.', user })
    },
  )

  app.get(
    '/verify/:token',
    {
      config: limited,
      schema: { tags, summary: 'Confirm an email address (link from the mail)', params: s.tokenParams, response: { 200: s.messageSchema, 400: errorRef } },
    },
    async (req) => {
      await service.verifyEmail(req.params.token)
      return { message: 'Email address confirmed. You can log in.' }
    },
  )

  app.post(
    '/verify',
    {
      config: limited,
      schema: { tags, summary: 'Confirm an email address', body: s.tokenBody, response: { 200: s.messageSchema, 400: errorRef } },
    },
    async (req) => {
      await service.verifyEmail(req.body.token)
      return { message: 'Email address confirmed. You can log in.' }
    },
  )

  app.post(
    '/resend-verification',
    {
      config: limited,
      schema: { tags, summary: 'Send the verification mail again (202 whatever the email)', body: s.emailBody, response: { 202: s.messageSchema } },
    },
    async (req, reply) => {
      await service.resendVerification(req.body.email, pickMailLang(req.headers['accept-language']))
      return reply.status(202).send({ message: 'If an unverified account exists for this address, a new link is on its way.' })
    },
  )

  app.post(
    '/login',
    {
      config: limited,
      schema: { tags, summary: 'Log in: access and refresh tokens', body: s.loginBody, response: { 200: s.tokenPairSchema, 401: errorRef, 403: errorRef, 429: errorRef } },
    },
    async (req) => service.login(req.body.email, req.body.password, req.ip),
  )

  app.post(
    '/refresh',
    {
      config: limited,
      schema: { tags, summary: 'Rotate a refresh token into a new pair', body: s.refreshBody, response: { 200: s.tokenPairSchema, 401: errorRef } },
    },
    async (req) => service.refresh(req.body.refresh_token),
  )

  app.post(
    '/logout',
    {
      preHandler: [authenticate, requireSession],
      schema: { tags, summary: 'End this session (access token revoked, refresh family revoked)', security: [{ bearer: [] }], body: s.logoutBody, response: { 204: z.null().describe('No content') } },
    },
    async (req, reply) => {
      await service.logout(caller(req), req.body?.refresh_token)
      return reply.status(204).send(null)
    },
  )

  app.get(
    '/me',
    {
      preHandler: authenticate,
      schema: { tags, summary: 'The current user', security: [{ bearer: [] }], response: { 200: s.userSchema, 401: errorRef } },
    },
    async (req) => service.me(caller(req).sub),
  )

  app.post(
    '/password-reset-request',
    {
      config: limited,
      schema: { tags, summary: 'Mail a single-use reset link (202 whatever the email)', body: s.emailBody, response: { 202: s.messageSchema, 429: errorRef } },
    },
    async (req, reply) => {
      await service.requestPasswordReset(req.body.email, pickMailLang(req.headers['accept-language']))
      return reply.status(202).send({ message: 'If an account exists for this address, a reset link is on its way.' })
    },
  )

  app.post(
    '/password-reset-confirm',
    {
      config: limited,
      schema: { tags, summary: 'Set a new password with a reset token; every session is closed', body: s.resetConfirmBody, response: { 200: s.messageSchema, 400: errorRef, 422: errorRef } },
    },
    async (req) => {
      await service.confirmPasswordReset(req.body.token, req.body.new_password)
      return { message: 'Password changed. Log in with the new password.' }
    },
  )

  app.post(
    '/change-password',
    {
      preHandler: [authenticate, requireSession],
      schema: { tags, summary: 'Change the password; other sessions are closed', security: [{ bearer: [] }], body: s.changePasswordBody, response: { 200: s.messageSchema, 422: errorRef } },
    },
    async (req) => {
      await service.changePassword(caller(req), req.body.current_password, req.body.new_password)
      return { message: 'Password changed. Your other sessions have been closed.' }
    },
  )
}
