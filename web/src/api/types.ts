/** The shapes the page reads from the API (see /openapi.json); only the fields it uses. */
export type Lang = 'fr' | 'en' | 'ar'

export interface User {
  uid: string
  email: string
  first_name: string | null
  last_name: string | null
  role: 'user' | 'admin'
  is_verified: boolean
  created_at: string
}

export interface Tokens {
  access_token: string
  refresh_token: string
  expires_in: number
  user: User
}

export interface Conversation {
  id: string
  title: string | null
  created_at: string
  updated_at: string
}

export interface Verses {
  surah: number
  from: number
  to: number
}

export interface Source {
  n: number
  id: string
  origin: 'corpus' | 'document'
  document_id: string | null
  collection: string
  title: string | null
  reference: string
  locator?: Record<string, unknown>
  verses?: Verses
  lang: 'ar' | 'fr' | 'en'
  snippet: string
  text: string
  score: number
  arabic?: { text: string; reference: string }
}

export interface Message {
  id: string
  role: 'user' | 'assistant'
  content: string
  sources: Source[]
  mode: 'generative' | 'extractive' | null
  model: string | null
  status: 'complete' | 'incomplete' | 'error'
  created_at: string
  feedback?: { rating: number; comment: string | null } | null
}

export interface ConversationWithMessages extends Conversation {
  messages: Message[]
}

export interface Page<T> {
  items: T[]
  next_cursor: string | null
}

export interface DocumentInfo {
  id: string
  conversation_id: string | null
  file_name: string
  mime_type: string
  size_bytes: number
  status: 'processing' | 'ready' | 'failed'
  error: string | null
  pages: number | null
  passages: number | null
  created_at: string
}

export interface Readiness {
  status: string
  checks?: { index?: { status: string; done?: number; total?: number } }
  error?: { details?: { index?: { status: string; done?: number; total?: number } } }
}
