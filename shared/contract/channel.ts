/** The one IPC channel between preload and main; everything else on IPC is refused. */
export const INVOKE_CHANNEL = 'tandem:invoke';
