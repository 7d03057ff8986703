import type { InheritanceRequest, InheritanceResult, Relation } from '../api/types'
import { t } from '../i18n'
import { PartsTable } from './inheritance-parts'

/** One heir who died before the division, as the form holds it. */
export interface LaterForm {
  of: Relation | ''
  heirs: { relation: Relation | ''; count: number; same_as: Relation | '' }[]
}

const EMPTY_HEIR: LaterForm['heirs'][number] = { relation: '', count: 1, same_as: '' }

/** The form's later deaths as the API takes them: the rows left blank are dropped. */
export function laterDeathsOf(later: readonly LaterForm[]): InheritanceRequest['later_deaths'] {
  const deaths = later.flatMap((l) => {
    const heirs = l.heirs.flatMap((h) => (h.relation && h.count > 0 ? [{ relation: h.relation, count: h.count, ...(h.same_as ? { same_as: h.same_as } : {}) }] : []))
    return l.of && heirs.length > 0 ? [{ of: l.of, heirs }] : []
  })
  return deaths.length > 0 ? deaths : undefined
}

/**
 * Heirs who died after the deceased, before the division (al-munāsakhāt): who died, and whom he left — each heir
 * with how many, and whether they are some of the first deceased's heirs (his mother: the deceased's wife).
 */
export function LaterDeathsFields({ later, relations, onChange }: { later: LaterForm[]; relations: Relation[]; onChange: (later: LaterForm[]) => void }) {
  const d = t.value.inheritance
  const set = (k: number, change: Partial<LaterForm>) => onChange(later.map((l, i) => (i === k ? { ...l, ...change } : l)))
  const setHeir = (k: number, j: number, change: Partial<LaterForm['heirs'][number]>) => set(k, { heirs: later[k]!.heirs.map((h, i) => (i === j ? { ...h, ...change } : h)) })
  const all = Object.keys(d.relations) as Relation[]
  const options = (list: Relation[]) =>
    list.map((r) => (
      <option key={r} value={r}>
        {d.relations[r]}
      </option>
    ))
  return (
    <fieldset class="later-deaths">
      <legend>{d.laterLegend}</legend>
      {later.map((l, k) => (
        <div key={k} class="later-death">
          <div class="row">
            <label class="field">
              <span>{d.laterOf}</span>
              <select value={l.of} onChange={(e) => set(k, { of: e.currentTarget.value as Relation | '' })}>
                <option value="">{d.unbornNone}</option>
                {options(relations)}
              </select>
            </label>
            <button type="button" onClick={() => onChange(later.filter((_, i) => i !== k))}>
              {d.laterRemove}
            </button>
          </div>
          {l.heirs.map((h, j) => (
            <div key={j} class="row later-heir">
              <label class="field">
                <span>{d.laterHeir}</span>
                <select value={h.relation} onChange={(e) => setHeir(k, j, { relation: e.currentTarget.value as Relation | '' })}>
                  <option value="">{d.unbornNone}</option>
                  {options(all)}
                </select>
              </label>
              <label class="field">
                <span>{d.laterCount}</span>
                <input type="number" min={1} max={100} step={1} inputMode="numeric" value={h.count} onInput={(e) => setHeir(k, j, { count: Number(e.currentTarget.value) })} />
              </label>
              <label class="field">
                <span>{d.laterSameAs}</span>
                <select value={h.same_as} onChange={(e) => setHeir(k, j, { same_as: e.currentTarget.value as Relation | '' })}>
                  <option value="">{d.laterSameNone}</option>
                  {options(relations)}
                </select>
              </label>
            </div>
          ))}
          <button type="button" onClick={() => set(k, { heirs: [...l.heirs, { ...EMPTY_HEIR }] })}>
            {d.laterHeirAdd}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...later, { of: '', heirs: [{ ...EMPTY_HEIR }] }])}>
        {d.laterAdd}
      </button>
    </fieldset>
  )
}

type Result = Required<Pick<InheritanceResult, 'later_deaths' | 'combined'>>

/** Each later deceased's case, then what every line ends with of the first estate. */
export function LaterDeaths({ result, money }: { result: Result; money: boolean }) {
  const d = t.value.inheritance
  return (
    <div class="successive">
      {result.later_deaths.map((l, k) => (
        <div key={k}>
          <h3>{d.laterHeading(l.label, l.share)}</h3>
          <ul class="outcomes">
            {l.heirs.map((h) => (
              <li key={`${h.relation}-${h.status}`}>
                {h.label}
                {h.count > 1 ? ` ×${h.count}` : ''}: {h.status === 'heir' ? `${h.share} (${h.sihaam}/${l.base_final})` : d.excluded}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <h2>{d.combined(result.combined.base)}</h2>
      <PartsTable
        class="combined"
        head={d.ofEstate}
        money={money}
        parts={result.combined.heirs.map((h) => ({
          key: `${h.via ?? ''}-${h.relation}`,
          who: `${h.label}${h.count > 1 ? ` ×${h.count}` : ''}${h.via_label ? ` (${d.via(h.via_label)})` : ''}`,
          share: h.share,
          sihaam: h.sihaam,
          ...(h.amount !== undefined ? { amount: h.amount } : {}),
        }))}
      />
      {result.combined.treasury !== '0' && (
        <p>
          {d.treasury}: {result.combined.treasury}
        </p>
      )}
    </div>
  )
}
