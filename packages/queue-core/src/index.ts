export type { Actor } from './actor.ts';
export { alertConditionsOf, IDLE_WITH_QUEUE_MINUTES, isIdle, printerProblemOf } from './alerts/alert-conditions.ts';
export type { AlertCondition, AlertInputs } from './alerts/alert-conditions.ts';
export { liveWindowsOf, liveZonesOf } from './alerts/live-figures.ts';
export { minutesWaited, waitingSince } from './alerts/waiting-since.ts';
export { localDateOf, resolveBusinessDay } from './business-day.ts';
export { callNext, callTicket, recall } from './calling.ts';
export { configChangeProblems } from './config-change.ts';
export type { HeldBooking } from './config-change.ts';
export { closeDay } from './day-close.ts';
export {
  averageServiceMinutes,
  estimateWaitMinutes,
  openWindowsFor,
  peopleAheadOf,
  queueStatsOf,
  queueStatsWithWaitsOf,
  recentServiceDurations,
  waitMinutesFor,
} from './estimate.ts';
export { PAUSE_MINUTES, rollForward } from './forecast/roll-forward.ts';
export type { RollForwardOptions } from './forecast/roll-forward.ts';
export { learnServiceTimes, WALK_UP_MINUTES } from './forecast/service-times.ts';
export type { ServiceTimes } from './forecast/service-times.ts';
export { forecastWait, newTicketWaits, waitRangeOf } from './forecast/wait-forecast.ts';
export { indexHall, windowMayCall, windowServes, windowsCalling } from './hall-index.ts';
export type { HallIndex, TicketRoute } from './hall-index.ts';
export { issueTicket, prefixFor, ticketingOpen, waitOf } from './issuing.ts';
export type { IssueOutcome, IssueRequest } from './issuing.ts';
export {
  formatTicketNumber,
  isIssuableSeq,
  lastNumberOfWidth,
  numberingLevel,
  NUMBERS_LOW_SHARE,
  prefixNumbering,
  ticketIdOf,
  warnAtOf,
} from './numbering.ts';
export type { PrefixNumbering } from './numbering.ts';
export { expireRatings, rateTicket } from './rating.ts';
export { buildDayRollup } from './reports/build-day-rollup.ts';
export type { DayRollupInput } from './reports/build-day-rollup.ts';
export { FiguresSum, mergeByKey } from './reports/merge-rollups.ts';
export { BUCKET_SECONDS, emptyFigures, RATING_SLOTS } from './reports/rollup-figures.ts';
export type { DurationTally, RollupDimension, RollupFigures, RollupRow } from './reports/rollup-figures.ts';
export { windowStretches } from './reports/window-time.ts';
export type { WindowEvent, WindowStretch } from './reports/window-time.ts';
export { fail, ok } from './result.ts';
export type { DomainError, Result } from './result.ts';
export { callableBy, isBookingDue, selectNextTicket, streakAfterCall } from './routing.ts';
export type { ServiceOpenNow } from './routing.ts';
export {
  checkInVerdictOf,
  checkInWindowOf,
  slotSettingsOf,
  slotsOn,
  slotStartingAt,
} from './schedule/booking-slots.ts';
export type { CheckInWindow, Slot } from './schedule/booking-slots.ts';
export { dayKindOf, daysFrom } from './schedule/calendar.ts';
export {
  callableServicesAt,
  closingAt,
  hoursOf,
  isCallableAt,
  isOpenAt,
  nextOpeningAt,
  openSpanAt,
  spansOn,
} from './schedule/opening-hours.ts';
export type { OpenSpan } from './schedule/opening-hours.ts';
export { addDays, describeLocalTime, instantOf, localMomentOf, weekdayOf } from './schedule/zoned-time.ts';
export type { LocalMoment } from './schedule/zoned-time.ts';
export { finishService, markNoShow, startService, transferTicket } from './serving.ts';
export type { TransferTarget } from './serving.ts';
export { applyOutcome, applyOutcomeInPlace, closedWindow } from './state.ts';
export type { DomainEvent, HallState, Outcome } from './state.ts';
export { closeWindow, openWindow, pauseWindow, resumeWindow } from './window-session.ts';
export { cancelTicket, complaintsWindowOf, moveTicket, referToComplaints } from './desk.ts';
