/**
 * The staff of the generated history: one clerk per window on working days, a few floaters standing in, a late
 * shift for evenings and weekends, and a supervisor who closes follow-ups and complaints. Their accounts cannot
 * log in (no password hash matches): they are names for the reports, not demo credentials.
 */
export interface HistoryClerk {
  clerkId: string;
  clerkName: string;
  username: string;
}

const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '霞',
  '平',
];
const FAMILY = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '罗',
];

const FLOATERS = 8;
const LATE_SHIFT = 48;

function clerk(kind: string, n: number): HistoryClerk {
  const name = `${FAMILY[(n * 7) % FAMILY.length] ?? '王'}${GIVEN[(n * 13 + 5) % GIVEN.length] ?? '伟'}`;
  const tag = String(n).padStart(2, '0');
  return { clerkId: `staff-history-${kind}-${tag}`, clerkName: name, username: `history-${kind}-${tag}` };
}

function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
}

export class HistoryClerks {
  readonly supervisor = clerk('lead', 1);
  private readonly window = new Map<number, HistoryClerk>();
  private readonly floaters = Array.from({ length: FLOATERS }, (_, i) => clerk('floater', i + 1));
  private readonly late = Array.from({ length: LATE_SHIFT }, (_, i) => clerk('late', i + 1));

  constructor(windows: readonly number[]) {
    for (const n of windows) this.window.set(n, clerk('window', n));
  }

  /** Who works a window on a working day: its own clerk, or on some days a floater (never two windows at once). */
  dayClerk(window: number, day: string): HistoryClerk {
    const d = dayNumber(day);
    if ((d + window) % 11 === 0) return this.floaters[Math.floor(window / 11) % FLOATERS] ?? this.supervisor;
    return this.window.get(window) ?? clerk('window', window);
  }

  /** The late shift (evenings, weekends), rotating daily; distinct for windows numbered below LATE_SHIFT. */
  outOfHours(window: number, day: string): HistoryClerk {
    return this.late[(window + dayNumber(day) * 7) % LATE_SHIFT] ?? this.supervisor;
  }

  all(): HistoryClerk[] {
    return [this.supervisor, ...this.window.values(), ...this.floaters, ...this.late];
  }
}
