// The BroadcastChannel all tabs of the app share.
export const TAB_CHANNEL = 'jpp-toolbox';
