/**
 * The wire protocol version. A client states the version it speaks when it connects; the hub refuses
 * any other, so that a kiosk left on an old build fails loudly instead of misreading messages.
 */
export const PROTOCOL_VERSION = 1;
