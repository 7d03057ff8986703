import type { InheritanceRequest, InheritanceResult } from '../api/types'
import { t } from '../i18n'
import { heirLabel, PartsTable } from './inheritance-parts'

type Line = NonNullable<InheritanceRequest['hermaphrodite']>['line']
type Division = NonNullable<InheritanceResult['hermaphrodite']>

/** The form's fields for an heir of unknown sex: his line (none by default) and whether his sex may become clear. */
export function HermaphroditeFields() {
  const d = t.value.inheritance
  return (
    <fieldset>
      <legend>{d.hermaphroditeLegend}</legend>
      <div class="row">
        <label class="field">
          <span>{d.hermaphroditeLine}</span>
          <select name="hermaphrodite_line">
            <option value="">{d.unbornNone}</option>
            {(Object.keys(d.hermaphroditeLines) as Line[]).map((k) => (
              <option key={k} value={k}>
                {d.hermaphroditeLines[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" name="hermaphrodite_hope" defaultChecked /> {d.hermaphroditeHope}
        </label>
      </div>
    </fieldset>
  )
}

/** The body's `hermaphrodite` from the form, when a line is chosen. */
export function hermaphroditeOf(form: FormData): InheritanceRequest['hermaphrodite'] {
  const line = String(form.get('hermaphrodite_line') ?? '')
  return line ? { line: line as Line, hope: form.get('hermaphrodite_hope') === 'on' } : undefined
}

/** The division while the heir's sex is unknown: the school's way, each heir's part, what waits, both readings. */
export function WhileUnknown({ division, money }: { division: Division; money: boolean }) {
  const d = t.value.inheritance
  const parts = [
    ...division.heirs.map((h) => ({ key: h.relation, who: heirLabel(h), share: h.share, sihaam: h.sihaam, ...(h.amount !== undefined ? { amount: h.amount } : {}) })),
    { key: 'hermaphrodite', who: d.hermaphroditeWho, share: division.share, sihaam: division.sihaam, ...(division.amount !== undefined ? { amount: division.amount } : {}) },
  ]
  return (
    <div class="while-unknown">
      <h2>{d.hermaphroditeHeading}</h2>
      <p>{d.hermaphroditeMethods[division.method]}</p>
      <PartsTable head={d.now} money={money} parts={parts} />
      {division.reserved_sihaam > 0 && (
        <p>
          {d.hermaphroditeHeld(division.reserved, division.reserved_sihaam, division.base)}
          {money && division.reserved_amount !== undefined ? ` · ${division.reserved_amount}` : ''}
        </p>
      )}
      <ul class="outcomes">
        {division.readings.map((r) => (
          <li key={r.as}>
            <strong>{r.as === 'male' ? d.readingMale : d.readingFemale}</strong> ({d.base} {r.base_final}):{' '}
            {r.heirs
              .filter((h) => h.share !== '0')
              .map((h) => `${heirLabel(h)} ${h.share}`)
              .join(' · ')}
          </li>
        ))}
      </ul>
    </div>
  )
}
