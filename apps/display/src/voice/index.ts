// The display's voice calling: what to say, when to say it, and how to make the browser say it.
export {
  announcementFromEvent,
  announcementText,
  chineseNumber,
  clipSequence,
  englishClips,
  englishNumber,
  spokenText,
  type AnnouncementLocale,
  type CallAnnouncement,
  type ClipOptions,
} from './announcement.ts';
export { AnnounceLog, type AnnounceDecision, type AnnounceLogOptions } from './announce-log.ts';
export { Announcer, type AnnouncerOptions, type VoicePlayer } from './announcer.ts';
export {
  clipPlayer,
  findVoice,
  loadVoices,
  pickPlayer,
  speechPlayer,
  unlockAudio,
  type AudioLike,
  type ClipPlayerOptions,
  type PickedPlayer,
  type PlayerEvents,
  type SpeechPlayerOptions,
} from './players.ts';
