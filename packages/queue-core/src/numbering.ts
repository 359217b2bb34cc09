/** Numbers are a prefix letter and three digits, so a prefix has 999 numbers a day. */
export const MAX_NUMBER_PER_PREFIX = 999;

export function formatTicketNumber(prefix: string, n: number): string {
  return `${prefix}${String(n).padStart(3, '0')}`;
}

export function ticketIdOf(businessDay: string, number: string): string {
  return `${businessDay}/${number}`;
}
