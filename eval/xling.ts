import type { Config } from '../src/config'
import type { RetrievalSettings } from '../src/rag/search/retriever'

export async function runXling(_config: Config, _settings: Partial<RetrievalSettings>, _thesaurus: boolean): Promise<void> {
  throw new Error('--xling needs the shipped Qur\'an corpus (not indexed yet)')
}
