/**
 * How many turns the event loop gave other work while `work` ran: a judge that yields between pieces of work lets
 * it turn many times; one that holds the loop for the whole work, once or twice. Counts, not times.
 */
export async function turnsDuring(work: () => Promise<unknown>): Promise<number> {
  let turns = 0
  let on = true
  const tick = () => {
    turns++
    if (on) setImmediate(tick)
  }
  setImmediate(tick)
  try {
    await work()
  } finally {
    on = false
  }
  return turns
}
