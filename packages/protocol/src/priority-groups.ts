import { z } from 'zod';
import { localizedTextSchema, type Locale, type LocalizedText } from './localized.ts';
import type { Lane } from './ticket.ts';

/**
 * Priority groups (优先群体) besides the elderly: active military and veterans, people with disabilities,
 * pregnant women and parents with infants… Each is configured with its call rule and a label in every UI
 * language. A ticket of a group is in the `priority` lane with `priorityGroup` naming the group; the elderly
 * keep their own lane (decided by the resident ID at the kiosk) and their rule in `policy.elderly`.
 */

export const PRIORITY_GROUP_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** Lane names that a group id may not take: they would read as lanes in reports and on displays. */
export const RESERVED_GROUP_IDS: readonly string[] = ['normal', 'elderly', 'booking', 'priority'];

export const priorityRuleSchema = z.discriminatedUnion('rule', [
  /** A ticket of the group is always called before any normal one. */
  z.object({ rule: z.literal('strict') }),
  /**
   * After `normalPerPriority` normal calls at a window since its last priority call (elderly or any group), the
   * next call goes to the group; it also goes first when it is older than the oldest normal ticket anyway.
   */
  z.object({ rule: z.literal('ratio'), normalPerPriority: z.number().int().min(1).max(20) }),
]);
export type PriorityRule = z.infer<typeof priorityRuleSchema>;

export const priorityGroupSchema = z
  .object({
    id: z.string().regex(PRIORITY_GROUP_ID_PATTERN, 'ids are lower-case letters, digits and dashes'),
    names: localizedTextSchema,
    /** The kiosk offers the group for citizens to declare themselves; else only the guidance desk issues it. */
    selfDeclared: z.boolean().default(false),
    rule: priorityRuleSchema.default({ rule: 'ratio', normalPerPriority: 2 }),
  })
  .strict();
export type PriorityGroup = z.infer<typeof priorityGroupSchema>;
export type PriorityGroupInput = z.input<typeof priorityGroupSchema>;

/**
 * The key a ticket's lane is counted and shown under: `normal`, `elderly`, `booking`, or `priority:<group id>`.
 * Report breakdowns by lane and the wall display's lanes use it, so a group is its own lane everywhere.
 */
export type LaneKey = Exclude<Lane, 'priority'> | `priority:${string}`;

export function laneKeyOf(ticket: { lane: Lane; priorityGroup?: string | null }): LaneKey {
  if (ticket.lane !== 'priority') return ticket.lane;
  return `priority:${ticket.priorityGroup ?? ''}`;
}

/** The group id of a `priority:<id>` lane key, else null. */
export function groupOfLaneKey(key: string): string | null {
  return key.startsWith('priority:') ? key.slice('priority:'.length) : null;
}

const LANE_LABELS: Record<Exclude<Lane, 'priority'>, LocalizedText> = {
  normal: { 'zh-Hans': '普通', 'zh-Hant': '普通', en: 'Regular' },
  elderly: { 'zh-Hans': '老年人优先', 'zh-Hant': '長者優先', en: 'Senior priority' },
  booking: { 'zh-Hans': '预约', 'zh-Hant': '預約', en: 'Booking' },
};
const UNKNOWN_GROUP: LocalizedText = { 'zh-Hans': '优先', 'zh-Hant': '優先', en: 'Priority' };

/**
 * The label of a lane key in one language: the configured group's name for a priority lane (a group since
 * removed from the configuration reads as plain "priority").
 */
export function laneLabelOf(key: string, groups: readonly PriorityGroup[], locale: Locale): string {
  const groupId = groupOfLaneKey(key);
  if (groupId === null) return (LANE_LABELS[key as Exclude<Lane, 'priority'>] ?? UNKNOWN_GROUP)[locale];
  return (groups.find((g) => g.id === groupId)?.names ?? UNKNOWN_GROUP)[locale];
}

/** The groups the kiosk offers (self-declared); the desk may issue any configured group. */
export function selfDeclaredGroups(groups: readonly PriorityGroup[]): PriorityGroup[] {
  return groups.filter((g) => g.selfDeclared);
}
