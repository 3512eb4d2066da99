// Lets the library list follow changes made in other tabs. It only ever re-reads storage, so
// it needs nothing from the message itself (and stays out of the first page's code).
import { TAB_CHANNEL } from './channel-name';

export function watchLibrary(onChange: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(TAB_CHANNEL);
  channel.onmessage = () => onChange();
  return () => channel.close();
}
