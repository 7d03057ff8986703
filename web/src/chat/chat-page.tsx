import { signal } from '@preact/signals'
import { Sidebar } from './sidebar'
import { Thread } from './thread'

/** On a phone the conversation list is a drawer the header's menu button opens. */
export const drawerOpen = signal(false)

export function ChatPage({ id }: { id: string | null }) {
  return (
    <main class={`chat${drawerOpen.value ? ' drawer-open' : ''}`}>
      <Sidebar activeId={id} onNavigate={() => (drawerOpen.value = false)} />
      {/* biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: the backdrop is a mouse shortcut; the menu button (aria-expanded) closes the drawer from the keyboard */}
      <div class="scrim" onClick={() => (drawerOpen.value = false)} />
      <Thread id={id} />
    </main>
  )
}
