import { asciiDigits, maskName, maskPhone, type IssueTicketBody } from '@hall/protocol';

export type HolderInput = { name: string; phone: string };
export type HolderResult = { ok: true; holder: IssueTicketBody['holder'] } | { ok: false; field: 'phone' };

/**
 * The visitor as the desk sends it: masked here, before it leaves the page, as the kiosk does (the hub refuses
 * whole numbers). Both fields are optional; a phone must be a mainland mobile number.
 */
export function holderFrom(input: HolderInput): HolderResult {
  const name = input.name.trim();
  const phone = asciiDigits(input.phone).replace(/[\s-]/g, '');
  if (phone !== '' && !/^1\d{10}$/.test(phone)) return { ok: false, field: 'phone' };
  if (name === '' && phone === '') return { ok: true, holder: undefined };
  return {
    ok: true,
    holder: {
      ...(name !== '' ? { name: maskName(name).slice(0, 40) } : {}),
      ...(phone !== '' ? { phone: maskPhone(phone) } : {}),
    },
  };
}
