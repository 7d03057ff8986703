import type { Relation } from '../api/types'
import { t } from '../i18n'

/** An heir and how many of them, in the page's language. */
export const heirLabel = (h: { relation: Relation; count: number }) => `${t.value.inheritance.relations[h.relation]}${h.count > 1 ? ` ×${h.count}` : ''}`

/** One line of a table of parts: who, the part of the estate, its shares, the amount when an estate is given. */
export interface Part {
  key: string
  who: string
  share: string
  sihaam: number
  amount?: number
}

/** A table of parts under a heading for the share column (« Now », « Of the estate »). */
export function PartsTable({ head, parts, money, class: className }: { head: string; parts: Part[]; money: boolean; class?: string }) {
  const d = t.value.inheritance
  return (
    <table class={className}>
      <thead>
        <tr>
          <th>{d.heir}</th>
          <th>{head}</th>
          <th>{d.sihaam}</th>
          {money && <th>{d.amountCol}</th>}
        </tr>
      </thead>
      <tbody>
        {parts.map((p) => (
          <tr key={p.key}>
            <td>{p.who}</td>
            <td dir="ltr">{p.share}</td>
            <td>{p.sihaam}</td>
            {money && <td>{p.amount ?? ''}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
