// Tells the app's other tabs what changed, so a library list or a read-only copy stays current.
import { tabMessageSchema, type TabMessage } from '@/schemas/stored-dossier';

import { TAB_CHANNEL as CHANNEL } from './channel-name';

export interface TabChannel {
  post: (message: TabMessage) => void;
  close: () => void;
}

export function openTabChannel(onMessage: (message: TabMessage) => void): TabChannel {
  if (typeof BroadcastChannel === 'undefined')
    return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    const parsed = tabMessageSchema.safeParse(event.data);
    if (parsed.success) onMessage(parsed.data);
  };
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}
