// The main entry never loads node-hid or usb: nodeHidProvider imports them when it is first used, so the
// hub, tests and machines without libusb can import this package.
export { startPadBridge } from './bridge.ts';
export type { PadBridge, PadBridgeOptions, PadPressResult, PadState, PadStatus } from './bridge.ts';
export { createDebouncer, DEFAULT_MIN_INTERVAL_MS } from './debounce.ts';
export type { Debouncer } from './debounce.ts';
export { assignDevices, describeDevice, deviceMatches } from './device-match.ts';
export type { Assignment } from './device-match.ts';
export type { DeviceChange, DeviceProvider, HidDeviceInfo, HidSource } from './device-provider.ts';
export { createHubSink, HUB_TIMEOUT_MS } from './hub-sink.ts';
export type { HubReply, HubSink, HubSinkOptions } from './hub-sink.ts';
export { codeOfUsage, lookupKey, shortName, usageOfKeyName } from './key-names.ts';
export { createKeyboardWedge } from './keyboard-wedge.ts';
export type { KeyboardWedge, WedgeKeyEvent } from './keyboard-wedge.ts';
export { consoleLogger, silentLogger } from './log.ts';
export type { LogLevel, PadLogger } from './log.ts';
export { nodeHidProvider } from './node-hid-provider.ts';
export type { NodeHidProviderOptions } from './node-hid-provider.ts';
export { actionForKey, padLabel } from './pad-action.ts';
export type { PadAction } from './pad-action.ts';
export {
  bridgeConfigSchema,
  CALL_ACTIONS,
  callPadSchema,
  DEFAULT_CALL_KEY_MAP,
  DEFAULT_RATING_KEY_MAP,
  DEFAULT_REPORT_LAYOUT,
  matchesOverlap,
  PAD_KINDS,
  PAD_MODES,
  padConfigSchema,
  padMatchSchema,
  padsConfigSchema,
  ratingPadSchema,
  reportLayoutSchema,
} from './pad-config.ts';
export type {
  BridgeConfig,
  CallAction,
  CallPadConfig,
  PadConfig,
  PadConfigInput,
  PadKind,
  PadMatch,
  PadMode,
  RatingPadConfig,
  ReportLayout,
} from './pad-config.ts';
export { startPadDriver } from './pad-driver.ts';
export type { PadDriver, PadDriverOptions } from './pad-driver.ts';
export { createRatingGuard, DEFAULT_RATING_LOCK_MS } from './rating-guard.ts';
export type { RatingGuard, RatingVerdict } from './rating-guard.ts';
export { decodeReport, readReport } from './report-decoder.ts';
export type { ReportReading } from './report-decoder.ts';
export {
  SIMULATED_CALL_PAD_IDS,
  SIMULATED_RATING_PAD_IDS,
  SimulatedDeviceProvider,
  SimulatedPad,
  simulatedCallPad,
  simulatedRatingPad,
} from './simulated-pad.ts';
export type { SimulatedPadOptions } from './simulated-pad.ts';
