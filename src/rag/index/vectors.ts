import type { Db } from '../../db/client'
import type { UnitInput } from './writer'

export interface VectorStore {
  readonly embedderId: string
  embedUnits(units: UnitInput[]): Promise<Float32Array[]>
  store(db: Db, ids: string[], vectors: Float32Array[]): Promise<void>
}
