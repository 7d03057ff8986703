import { GoogleGenAI } from '@google/genai'
import OpenAI from 'openai'
import { normalise, type Embedder } from './embedder'

const BATCH = 64

async function inBatches(texts: string[], run: (batch: string[]) => Promise<number[][]>): Promise<Float32Array[]> {
  const out: Float32Array[] = []
  for (let i = 0; i < texts.length; i += BATCH) {
    const vectors = await run(texts.slice(i, i + BATCH))
    out.push(...vectors.map((v) => normalise(Float32Array.from(v))))
  }
  return out
}

export interface GeminiEmbedderOptions {
  apiKey: string
  model: string
  dim: number
  /** Another endpoint speaking the Gemini API (tests use a local fake server). */
  baseUrl?: string
}

/** Gemini embeddings through @google/genai, with retrieval task types and a fixed output dimension. */
export function createGeminiEmbedder(opts: GeminiEmbedderOptions): Embedder {
  const ai = new GoogleGenAI({ apiKey: opts.apiKey, ...(opts.baseUrl ? { httpOptions: { baseUrl: opts.baseUrl } } : {}) })
  return {
    id: `gemini:${opts.model}:d${opts.dim}`,
    dim: opts.dim,
    embed(texts, kind) {
      return inBatches(texts, async (batch) => {
        const res = await ai.models.embedContent({
          model: opts.model,
          contents: batch,
          config: { taskType: kind === 'query' ? 'RETRIEVAL_QUERY' : 'RETRIEVAL_DOCUMENT', outputDimensionality: opts.dim },
        })
        const vectors = (res.embeddings ?? []).map((e) => e.values ?? [])
        if (vectors.length !== batch.length || vectors.some((v) => v.length !== opts.dim)) {
          throw new Error(`Gemini returned ${vectors.length} embeddings of dimension ${vectors[0]?.length} for ${batch.length} texts (expected ${opts.dim})`)
        }
        return vectors
      })
    },
  }
}

export interface OpenAiEmbedderOptions {
  baseUrl: string
  apiKey?: string
  model: string
}

/**
 * Any OpenAI-compatible `/v1/embeddings` (Ollama, llama.cpp, vLLM, OpenAI) through the openai SDK. The
 * dimension is read from the server with one probe, so any model works.
 */
export async function createOpenAiEmbedder(opts: OpenAiEmbedderOptions): Promise<Embedder> {
  const client = new OpenAI({ baseURL: opts.baseUrl, apiKey: opts.apiKey ?? 'not-needed', maxRetries: 3, timeout: 60_000 })
  const call = async (batch: string[]) => {
    // Ask for plain floats: the SDK's default (base64) is not understood by every compatible server.
    const res = await client.embeddings.create({ model: opts.model, input: batch, encoding_format: 'float' })
    return [...res.data].sort((a, b) => a.index - b.index).map((d) => d.embedding)
  }
  const [probe] = await call(['dimension probe'])
  const dim = probe?.length ?? 0
  if (dim === 0) throw new Error(`the embeddings server at ${opts.baseUrl} returned an empty vector for model ${opts.model}`)
  return {
    id: `openai:${opts.model}:d${dim}`,
    dim,
    embed: (texts) => inBatches(texts, call),
  }
}
