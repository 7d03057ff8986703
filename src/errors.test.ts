import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { isDependencyFailure } from './errors'

describe('which errors mean a dependency is away (503, not 500)', () => {
  test('driver errors, also when wrapped by the ORM as `cause`', () => {
    const refused = Object.assign(new Error('database "x" is not currently accepting connections'), { code: '55000' })
    assert.equal(isDependencyFailure(refused), 'database')
    // Drizzle's « Failed query » wrapper: the fault tests found these becoming 500 before the cause was read.
    assert.equal(isDependencyFailure(new Error('Failed query: select 1', { cause: refused })), 'database')
    assert.equal(isDependencyFailure(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })), 'database')
    assert.equal(isDependencyFailure(Object.assign(new Error('sorry, too many clients already'), { code: '53300' })), 'database')
    assert.equal(isDependencyFailure(new Error("Stream isn't writeable and enableOfflineQueue options is false")), 'cache')
    assert.equal(isDependencyFailure(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })), 'network')
  })

  test("the client's mistakes and our bugs are not", () => {
    assert.equal(isDependencyFailure(Object.assign(new Error('duplicate key'), { code: '23505' })), undefined)
    assert.equal(isDependencyFailure(new Error('Failed query: x', { cause: new TypeError('undefined is not a function') })), undefined)
    assert.equal(isDependencyFailure(undefined), undefined)
  })
})
