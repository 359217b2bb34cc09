import { zoneIconPaths } from '../logic/zone-icons.ts';

export function ZoneIcon({ icon }: { icon: string | undefined }) {
  return (
    <svg className="zone-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {zoneIconPaths(icon).map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
