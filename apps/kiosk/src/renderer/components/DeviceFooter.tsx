import { useHall } from '../state/hall-store.ts';

/** A quiet line for the hall's IT staff: which kiosk this is and whether it reaches the hub. */
export function DeviceFooter() {
  const name = useHall((s) => s.config?.kioskName ?? '');
  const connected = useHall((s) => s.hubConnected);
  const printer = useHall((s) => s.printer);
  return (
    <footer className="device-footer" aria-hidden="true">
      <span className={`device-footer__dot${connected ? ' is-on' : ''}`} />
      {name || 'kiosk'} · hub {connected ? 'online' : 'offline'} · printer {printer?.condition ?? 'unknown'}
      {printer?.paperNearEnd ? ' (paper low)' : ''}
    </footer>
  );
}
