import { useEffect, useRef, useState } from 'preact/hooks'

/**
 * While `active`, calls `poll` every `everyMs`, the next call armed once the last one settled — answered or
 * failed: a request that fails (a dropped connection, a 503 while a server restarts) does not end the polling.
 */
export function usePolling(active: boolean, poll: () => Promise<unknown>, everyMs: number): void {
  const [rounds, setRounds] = useState(0)
  // The latest poll, so that a timer armed before a re-render asks with the current state.
  const latest = useRef(poll)
  latest.current = poll
  useEffect(() => {
    if (!active) return
    const timer = setTimeout(() => void latest.current().finally(() => setRounds((n) => n + 1)), everyMs)
    return () => clearTimeout(timer)
  }, [active, rounds])
}
