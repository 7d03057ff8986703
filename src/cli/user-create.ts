import { randomBytes } from 'node:crypto'
import { Command } from 'commander'
import { z } from 'zod'
import { createOrUpdateUser } from '../auth/admin'
import { loadConfig } from '../config'
import { openDatabase } from '../db/client'
import { createLogger } from '../logger'
import path from 'node:path'

const program = new Command('user:create')
  .description('Create a verified account (the first admin, typically); an existing account is updated')
  .requiredOption('--email <email>', 'email address')
  .option('--password <password>', 'password (8–128 characters); default: read USER_PASSWORD, else generate and print one')
  .option('--admin', 'give the admin role', false)
  .option('--first-name <name>')
  .option('--last-name <name>')
  .action(async (opts: { email: string; password?: string; admin: boolean; firstName?: string; lastName?: string }) => {
    const email = z.email().safeParse(opts.email.trim())
    if (!email.success) throw new Error(`"${opts.email}" is not a valid email address`)
    const generated = !opts.password && !process.env.USER_PASSWORD
    const password = opts.password ?? process.env.USER_PASSWORD ?? randomBytes(12).toString('base64url')
    const config = loadConfig()
    const logger = createLogger({ ...config, LOG_LEVEL: 'warn' })
    const database = await openDatabase({ url: config.DATABASE_URL, dataDir: path.join(config.DATA_DIR, 'pglite'), logger })
    try {
      const { user, created } = await createOrUpdateUser(database.db, {
        email: email.data,
        password,
        role: opts.admin ? 'admin' : 'user',
        firstName: opts.firstName,
        lastName: opts.lastName,
      })
      console.log(`${created ? 'created' : 'updated'} ${user.role} ${user.email} (${user.uid})${generated ? `; password: ${password}` : ''}`)
    } finally {
      await database.close()
    }
  })

program.parseAsync().catch((err) => {
  console.error(`user:create failed: ${(err as Error).message}`)
  process.exit(1)
})
