/// <reference types="node" />
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { ar } from '../i18n/ar'
import { en } from '../i18n/en'
import { fr } from '../i18n/fr'
import { ApiError, describeError, errorFrom } from './errors'

const response = (status: number, body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } })

describe('what the page says when a request fails', () => {
  test('429 gives the wait from Retry-After', async () => {
    const err = await errorFrom(response(429, { error: { code: 'rate_limited', message: 'Too many requests. Retry in 42 s.' } }, { 'retry-after': '42' }))
    assert.equal(describeError(err, fr), 'Trop de tentatives. Réessayez dans 42 s.')
    assert.equal(describeError(err, en), 'Too many attempts. Try again in 42 s.')
  })

  test('413 gives the server’s limit; 415 and an empty file say what is accepted', async () => {
    const big = await errorFrom(response(413, { error: { code: 'payload_too_large', message: 'The file is larger than 25 MB.', details: { limit_mb: 25 } } }))
    assert.equal(describeError(big, fr), 'Fichier trop volumineux : la limite est de 25 Mo.')
    assert.match(describeError(big, ar), /25 ميغابايت/)
    const type = await errorFrom(response(415, { error: { code: 'unsupported_media_type', message: 'x' } }))
    assert.match(describeError(type, en), /Unsupported file type/)
    const empty = await errorFrom(response(422, { error: { code: 'validation_error', message: 'The file is empty.', details: [{ field: 'file', message: 'is empty' }] } }))
    assert.equal(describeError(empty, fr), 'Ce fichier est vide.')
  })

  test('the server unreachable, a dead session, a server error with its request id', async () => {
    assert.match(describeError(new TypeError('Failed to fetch'), fr), /injoignable/)
    assert.match(describeError(new ApiError(0, 'network', 'network'), ar), /تعذّر الوصول/)
    assert.equal(describeError(new ApiError(401, 'token_revoked', 'x'), en), en.auth.sessionEnded)
    const crash = await errorFrom(response(500, { error: { code: 'internal_error', message: 'Internal error.' } }, { 'x-request-id': 'req-77' }))
    assert.match(describeError(crash, fr), /req-77/)
  })

  test('link and password problems are told apart', async () => {
    const used = await errorFrom(response(400, { error: { code: 'token_used', message: 'x' } }))
    assert.equal(describeError(used, fr), fr.errors.linkUsed)
    const expiredLink = await errorFrom(response(400, { error: { code: 'token_expired', message: 'x' } }))
    assert.equal(describeError(expiredLink, fr), fr.errors.linkExpired)
    const wrong = await errorFrom(
      response(422, { error: { code: 'validation_error', message: 'The current password is wrong.', details: [{ field: 'body.current_password', message: 'is incorrect' }] } }),
    )
    assert.equal(describeError(wrong, en), en.errors.wrongCurrent)
    const unknown = await errorFrom(response(422, { error: { code: 'validation_error', message: 'Some fields are invalid.', details: [{ field: 'body.title', message: 'must not be empty' }] } }))
    assert.equal(describeError(unknown, en), 'Some fields are invalid. title: must not be empty')
  })
})
