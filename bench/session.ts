import fs from 'node:fs/promises'

/** Logs in on a running server: the authorization header of the account's access token. */
export async function authHeader(base: string, email: string, password: string): Promise<Record<string, string>> {
  const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })
  if (!res.ok) throw new Error(`login ${email}: HTTP ${res.status} ${await res.text()}`)
  const { access_token: token } = (await res.json()) as { access_token: string }
  return { authorization: `Bearer ${token}` }
}

/** A process's resident memory now (MB), from /proc; NaN when it is gone. */
export async function rssMb(pid: number | undefined): Promise<number> {
  const status = await fs.readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024)
}
