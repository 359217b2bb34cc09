import { statusTexts } from '../i18n/status.ts';
import { issueBlock } from '../logic/issue-gate.ts';
import { useFlow } from '../state/flow-store.ts';
import { useHall } from '../state/hall-store.ts';

/** Says plainly, on every screen, when no number can be taken right now and why. */
export function StatusBanner() {
  const locale = useFlow((s) => s.locale);
  const phase = useHall((s) => s.phase);
  const connected = useHall((s) => s.hubConnected);
  const printer = useHall((s) => s.printer);
  const refused = useHall((s) => s.deviceRefused);
  if (phase !== 'ready' && !refused) return null;
  const block = issueBlock(connected, printer);
  const text = refused
    ? statusTexts(locale, refused.code === 'PROTOCOL_VERSION_MISMATCH' ? 'versionMismatch' : 'deviceRefused')
    : block && statusTexts(locale, `block.${block}`);
  if (!text) return null;
  return (
    <div className="status-banner" role="alert" data-testid="status-banner">
      <span aria-hidden="true" className="status-banner__icon">
        !
      </span>
      {text}
    </div>
  );
}
