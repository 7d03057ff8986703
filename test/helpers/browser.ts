import fs from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

/** Debian's Chromium (`apt-get install chromium`); playwright-core drives it, nothing is downloaded. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Why the browser tests cannot run here, or null when they can. In CI a missing browser is a
 * failure, not a skip: .ci/run installs it.
 */
export function browserUnavailable(): string | null {
  if (fs.existsSync(CHROMIUM)) return null
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run should have installed Debian's chromium`)
  return `${CHROMIUM} not found (apt-get install -y chromium, or set CHROMIUM_PATH)`
}

/** Headless, with a fresh profile (playwright makes a new user-data-dir per launch and removes it on close). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // This machine has no outside network: Chromium's own background traffic would only fail.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}
