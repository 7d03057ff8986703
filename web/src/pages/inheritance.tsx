import { useState } from 'preact/hooks'
import { api } from '../api/endpoints'
import { ApiError, describeError } from '../api/errors'
import type { InheritanceRequest, InheritanceResult, Relation, School } from '../api/types'
import { Alert } from '../components/forms'
import { lang, t } from '../i18n'
import { HermaphroditeFields, hermaphroditeOf, WhileUnknown } from './inheritance-hermaphrodite'
import { type LaterForm, LaterDeaths, LaterDeathsFields, laterDeathsOf } from './inheritance-later'
import { heirLabel, PartsTable } from './inheritance-parts'

const SCHOOLS: School[] = ['hanafi', 'maliki', 'shafii', 'hanbali']
type Unborn = NonNullable<InheritanceRequest['unborn']>
type Barrier = NonNullable<InheritanceRequest['heirs'][number]['barred']>
type Pregnancy = NonNullable<InheritanceResult['pregnancy']>
type WhileMissing = NonNullable<InheritanceResult['missing']>
/** Heirs of whom there is at most one (four wives): the inputs' bounds, as the server checks them. */
const ONE: Partial<Record<Relation, number>> = { husband: 1, wife: 4, father: 1, mother: 1, paternal_grandfather: 1, paternal_grandmother: 1, maternal_grandmother: 1, maternal_grandfather: 1 }

/** The farāʾiḍ calculator as a form: the family, the school, an optional estate; the table of shares below. */
export function InheritancePage() {
  const d = t.value.inheritance
  const [deceased, setDeceased] = useState<'male' | 'female'>('male')
  const [school, setSchool] = useState<School>('hanbali')
  const [unborn, setUnborn] = useState<Unborn | ''>('')
  const [later, setLater] = useState<LaterForm[]>([])
  const [result, setResult] = useState<InheritanceResult | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const relations = (Object.keys(d.relations) as Relation[]).filter((r) => r !== (deceased === 'male' ? 'husband' : 'wife'))
  // A woman's own unborn child is not her heir here (the server refuses it): her son's or her parents' may be.
  const unbornKinds = (Object.keys(d.unbornKinds) as Unborn[]).filter((k) => deceased === 'male' || k !== 'son')

  const submit = async (e: Event) => {
    e.preventDefault()
    const form = new FormData(e.currentTarget as HTMLFormElement)
    const num = (k: string) => Number(String(form.get(k) ?? '').replace(',', '.'))
    const heirs: InheritanceRequest['heirs'] = relations.map((relation) => ({ relation, count: num(`n_${relation}`) })).filter((h) => h.count > 0)
    const barredRelation = String(form.get('barred_relation') ?? '')
    if (barredRelation && num('barred_count') > 0) heirs.push({ relation: barredRelation, count: num('barred_count'), barred: String(form.get('barred_reason')) as Barrier })
    if (heirs.length === 0) return setError(d.noHeirs)
    const body: InheritanceRequest = { deceased, heirs, school, lang: lang.value }
    if (unborn && unbornKinds.includes(unborn)) body.unborn = unborn
    const missingRelation = String(form.get('missing_relation') ?? '')
    if (missingRelation && num('missing_count') > 0) body.missing = { relation: missingRelation, count: num('missing_count') }
    const hermaphrodite = hermaphroditeOf(form)
    if (hermaphrodite) body.hermaphrodite = hermaphrodite
    const laterDeaths = laterDeathsOf(later)
    if (laterDeaths) body.later_deaths = laterDeaths
    if (num('amount') > 0) {
      body.estate = { amount: num('amount'), currency: String(form.get('currency') || '—') }
      for (const k of ['funeral_costs', 'debts', 'bequest'] as const) if (num(k) > 0) body[k] = num(k)
    }
    setBusy(true)
    setError(null)
    try {
      setResult(await api.inheritance.compute(body))
    } catch (err) {
      setResult(null)
      setError(err instanceof ApiError && err.code === 'validation_error' ? `${t.value.errors.invalid} ${err.message}` : describeError(err, t.value))
    } finally {
      setBusy(false)
    }
  }

  return (
    <main class="page inheritance">
      <h1>{d.title}</h1>
      <p class="muted">{d.intro}</p>
      <form class="card" onSubmit={submit}>
        <div class="row">
          <label class="field">
            <span>{d.deceased}</span>
            <select name="deceased" value={deceased} onChange={(e) => setDeceased(e.currentTarget.value as 'male' | 'female')}>
              <option value="male">{d.male}</option>
              <option value="female">{d.female}</option>
            </select>
          </label>
          <label class="field">
            <span>{d.school}</span>
            <select name="school" value={school} onChange={(e) => setSchool(e.currentTarget.value as School)}>
              {SCHOOLS.map((s) => (
                <option key={s} value={s}>
                  {d.schools[s]}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span>{d.unborn}</span>
            <select name="unborn" value={unborn} onChange={(e) => setUnborn(e.currentTarget.value as Unborn | '')}>
              <option value="">{d.unbornNone}</option>
              {unbornKinds.map((k) => (
                <option key={k} value={k}>
                  {d.unbornKinds[k]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <fieldset>
          <legend>{d.heirs}</legend>
          <div class="heir-grid">
            {relations.map((r) => (
              <label key={r} class="field heir">
                <span>{d.relations[r]}</span>
                <input type="number" name={`n_${r}`} min={0} max={ONE[r] ?? 100} step={1} inputMode="numeric" placeholder="0" />
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{d.barredLegend}</legend>
          <div class="row">
            <label class="field">
              <span>{d.barredRelation}</span>
              <select name="barred_relation">
                <option value="">{d.unbornNone}</option>
                {relations.map((r) => (
                  <option key={r} value={r}>
                    {d.relations[r]}
                  </option>
                ))}
              </select>
            </label>
            <label class="field">
              <span>{d.barredCount}</span>
              <input type="number" name="barred_count" min={1} max={100} step={1} inputMode="numeric" placeholder="1" />
            </label>
            <label class="field">
              <span>{d.barredReason}</span>
              <select name="barred_reason">
                {(Object.keys(d.barriers) as Barrier[]).map((b) => (
                  <option key={b} value={b}>
                    {d.barriers[b]}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </fieldset>
        <fieldset>
          <legend>{d.missingLegend}</legend>
          <div class="row">
            <label class="field">
              <span>{d.missingRelation}</span>
              <select name="missing_relation">
                <option value="">{d.unbornNone}</option>
                {relations.map((r) => (
                  <option key={r} value={r}>
                    {d.relations[r]}
                  </option>
                ))}
              </select>
            </label>
            <label class="field">
              <span>{d.missingCount}</span>
              <input type="number" name="missing_count" min={1} max={100} step={1} inputMode="numeric" placeholder="1" />
            </label>
          </div>
        </fieldset>
        <HermaphroditeFields />
        <LaterDeathsFields later={later} relations={relations} onChange={setLater} />
        <fieldset>
          <legend>{d.estate}</legend>
          <div class="row">
            {(
              [
                ['amount', d.amount],
                ['funeral_costs', d.funeral],
                ['debts', d.debts],
                ['bequest', d.bequest],
              ] as const
            ).map(([name, label]) => (
              <label key={name} class="field">
                <span>{label}</span>
                <input type="number" name={name} min={0} step="0.01" inputMode="decimal" />
              </label>
            ))}
            <label class="field">
              <span>{d.currency}</span>
              <input name="currency" maxLength={8} />
            </label>
          </div>
        </fieldset>
        {error && <Alert>{error}</Alert>}
        <button class="primary" type="submit" disabled={busy} aria-busy={busy}>
          {d.compute}
        </button>
      </form>
      {result && <Shares result={result} />}
    </main>
  )
}

function Shares({ result }: { result: InheritanceResult }) {
  const d = t.value.inheritance
  const money = result.estate !== undefined
  const base = [
    `${d.base}: ${result.base}`,
    result.awl_base ? `${d.awl} ${result.awl_base}` : '',
    result.radd ? d.radd : '',
    result.base_final !== (result.awl_base ?? result.base) ? `${d.final} ${result.base_final}` : '',
  ]
  return (
    <section class="card shares" aria-live="polite">
      <table>
        <thead>
          <tr>
            <th>{d.heir}</th>
            <th>{d.share}</th>
            <th>{d.sihaam}</th>
            {money && <th>{d.amountCol}</th>}
            <th>{d.evidence}</th>
          </tr>
        </thead>
        <tbody>
          {result.heirs.map((h) => (
            <tr key={`${h.relation}-${h.status}`} class={h.status === 'heir' ? undefined : 'excluded'}>
              <td>
                {h.label}
                {h.count > 1 ? ` ×${h.count}` : ''}
              </td>
              <td dir="ltr">
                {h.barred
                  ? `${d.notHeir} (${d.barriers[h.barred]})`
                  : h.status === 'excluded'
                    ? `${d.excluded}${h.excluded_by?.length ? ` (${d.by} ${h.excluded_by.map((r) => d.relations[r]).join(', ')})` : ''}`
                    : `${[h.fard, h.residuary && (!h.fard || exceeds(h.share, h.fard)) ? d.residue : ''].filter(Boolean).join(' + ')} → ${h.share}`}
              </td>
              <td>{h.status === 'heir' ? h.sihaam : ''}</td>
              {money && <td>{h.amount ?? ''}</td>}
              <td>{h.basis.map((b) => b.reference).join(' · ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{base.filter(Boolean).join(' · ')}</p>
      {result.treasury !== '0' && (
        <p>
          {d.treasury}: {result.treasury}
        </p>
      )}
      {result.estate && (
        <p>
          {d.toHeirs}: {result.estate.to_heirs} {result.estate.currency}
          {result.estate.bequest_capped ? ` (${d.capped})` : ''}
        </p>
      )}
      {result.pregnancy && <BeforeBirth pregnancy={result.pregnancy} money={money} />}
      {result.missing && <Missing missing={result.missing} money={money} />}
      {result.hermaphrodite && <WhileUnknown division={result.hermaphrodite} money={money} />}
      {result.later_deaths && result.combined && <LaterDeaths result={{ later_deaths: result.later_deaths, combined: result.combined }} money={money} />}
      {result.differences.length > 0 && (
        <>
          <h2>{d.others}</h2>
          <ul>
            {result.differences.map((x) => (
              <li key={x.holds}>
                {x.schools.map((s) => d.schools[s]).join(', ')}: {x.holds}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

/** «2/13» more than «1/6»: a residue came on top of the fixed share (not when the ʿawl left none). */
const exceeds = (a: string, b: string) => {
  const [an, ad] = a.split('/').map(Number)
  const [bn, bd] = b.split('/').map(Number)
  return (an ?? 0) * (bd ?? 1) > (bn ?? 0) * (ad ?? 1)
}

/** A division made while an outcome is awaited: each heir's part now, its shares, its amount; what is held back. */
function HeldNow({ division, money, held }: { division: Pregnancy | WhileMissing; money: boolean; held: string }) {
  const d = t.value.inheritance
  return (
    <>
      <PartsTable
        head={d.now}
        money={money}
        parts={division.heirs.map((h) => ({ key: h.relation, who: heirLabel(h), share: h.share, sihaam: h.sihaam, ...(h.amount !== undefined ? { amount: h.amount } : {}) }))}
      />
      <p>
        {held}
        {money && division.reserved_amount !== undefined ? ` · ${division.reserved_amount}` : ''}
      </p>
    </>
  )
}

/** The division while the unborn heir is awaited: each heir's least share now, what is held back, each possibility. */
function BeforeBirth({ pregnancy, money }: { pregnancy: Pregnancy; money: boolean }) {
  const d = t.value.inheritance
  return (
    <div class="before-birth">
      <h2>{d.beforeBirth}</h2>
      <HeldNow division={pregnancy} money={money} held={d.heldBack(pregnancy.reserved, pregnancy.reserved_sihaam, pregnancy.base)} />
      <h3>{d.possibilities}</h3>
      <ul class="outcomes">
        {pregnancy.outcomes.map((o) => (
          <li key={o.outcome}>
            <strong>{d.outcomes[o.outcome]}</strong> ({d.base} {o.base_final}): {o.heirs.map((h) => `${heirLabel(h)} ${h.share}`).join(' · ')}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** The division while heirs are missing: each present heir's least share now, what is held back, both readings. */
function Missing({ missing, money }: { missing: WhileMissing; money: boolean }) {
  const d = t.value.inheritance
  return (
    <div class="while-missing">
      <h2>{d.whileMissing}</h2>
      <HeldNow division={missing} money={money} held={d.missingHeld(missing.reserved, missing.reserved_sihaam, missing.base, missing.missing_share)} />
      <ul class="outcomes">
        {missing.readings.map((r) => (
          <li key={String(r.alive)}>
            <strong>{r.alive ? d.readingAlive : d.readingDead}</strong> ({d.base} {r.base_final}):{' '}
            {r.heirs
              .filter((h) => h.share !== '0')
              .map((h) => `${heirLabel(h)} ${h.share}`)
              .join(' · ')}
            {r.treasury !== '0' ? ` · ${d.treasury} ${r.treasury}` : ''}
          </li>
        ))}
      </ul>
    </div>
  )
}
