/** Splits a Server-Sent Events body into its events (each `event:` line with its JSON `data:` line). */
export function parseSse(text: string): Array<{ event: string; data: any }> {
  return text
    .split('\n\n')
    .filter((block) => block.startsWith('event:'))
    .map((block) => {
      const [eventLine, dataLine] = block.split('\n')
      return { event: eventLine!.slice(7), data: JSON.parse(dataLine!.slice(6)) }
    })
}
