/**
 * Line pictures for the hall config's zone `icon` words (24×24, drawn with strokes in the text colour).
 * Inline, so they show on a kiosk without an emoji font. Unknown words get a public-building picture.
 */
const ICONS: Readonly<Record<string, readonly string[]>> = {
  medical: ['M4 4h16v16H4z', 'M12 8v8', 'M8 12h8'],
  pension: ['M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z', 'M8.5 12l2.5 2.5 4.5-5'],
  police: ['M12 3l2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.4 6.8 19.1l1-5.8-4.3-4.1 5.9-.9z'],
  store: ['M4 9l1.5-5h13L20 9', 'M4 9h16', 'M5 9v11h14V9', 'M10 20v-6h4v6'],
  receipt: ['M6 3h12v18l-3-2-3 2-3-2-3 2z', 'M9 8h6', 'M9 12h6', 'M9 16h4'],
  accessibility: [
    'M13.5 4.5a1.5 1.5 0 1 1-3 0 1.5 1.5 0 1 1 3 0',
    'M12 7v6h5l2 5',
    'M12 10h4',
    'M9 10.5a6 6 0 1 0 7 7.5',
  ],
  house: ['M3 11l9-7 9 7', 'M5 10v10h14V10', 'M10 20v-6h4v6'],
  savings: [
    'M4 7c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3z',
    'M4 7v5c0 1.7 3.6 3 8 3s8-1.3 8-3V7',
    'M4 12v5c0 1.7 3.6 3 8 3s8-1.3 8-3v-5',
  ],
  family: [
    'M9.5 7a2.5 2.5 0 1 1-5 0 2.5 2.5 0 1 1 5 0',
    'M19.5 7a2.5 2.5 0 1 1-5 0 2.5 2.5 0 1 1 5 0',
    'M3 20v-4a4 4 0 0 1 8 0v4',
    'M13 20v-4a4 4 0 0 1 8 0v4',
  ],
  briefcase: ['M3 8h18v12H3z', 'M8 8V5h8v3', 'M3 13h18'],
  stethoscope: ['M6 3v6a4 4 0 0 0 8 0V3', 'M10 13v3a4 4 0 0 0 8 0v-2', 'M20 12a2 2 0 1 1-4 0 2 2 0 1 1 4 0'],
  truck: [
    'M2 6h12v10H2z',
    'M14 10h4l3 3v3h-7',
    'M8 18a2 2 0 1 1-4 0 2 2 0 1 1 4 0',
    'M19 18a2 2 0 1 1-4 0 2 2 0 1 1 4 0',
  ],
  crane: ['M6 21V3', 'M3 21h8', 'M6 4h14', 'M6 8l4-4', 'M17 4v6', 'M15 10h4v3h-4z'],
  map: ['M3 6l6-3 6 3 6-3v15l-6 3-6-3-6 3z', 'M9 3v15', 'M15 6v15'],
  school: ['M2 9l10-5 10 5-10 5z', 'M6 11v5c0 1.5 2.7 3 6 3s6-1.5 6-3v-5', 'M22 9v6'],
  scales: ['M12 3v18', 'M7 21h10', 'M5 6h14', 'M5 6l-3 6a3 3 0 0 0 6 0z', 'M19 6l-3 6a3 3 0 0 0 6 0z'],
  medal: [
    'M8 2l4 7 4-7',
    'M17 15a5 5 0 1 1-10 0 5 5 0 1 1 10 0',
    'M12 12.5l.9 1.8 2 .3-1.45 1.4.35 2-1.8-.95-1.8.95.35-2-1.45-1.4 2-.3z',
  ],
  tractor: [
    'M3 13V7h7l2 6',
    'M12 13h8v-3h-4V6',
    'M10 17a3 3 0 1 1-6 0 3 3 0 1 1 6 0',
    'M20 18a2 2 0 1 1-4 0 2 2 0 1 1 4 0',
  ],
  theater: ['M4 4h16v7a8 8 0 0 1-16 0z', 'M8 9h1', 'M15 9h1', 'M8.5 14a4 4 0 0 0 7 0'],
  bulb: ['M9 18h6', 'M10 21h4', 'M12 3a6 6 0 0 0-3.5 10.9V16h7v-2.1A6 6 0 0 0 12 3z'],
  rocket: [
    'M12 2c3 2 5 6 4 11l-2 3h-4l-2-3c-1-5 1-9 4-11z',
    'M8 13l-3 3v3l3-1',
    'M16 13l3 3v3l-3-1',
    'M13 8a1 1 0 1 1-2 0 1 1 0 1 1 2 0',
  ],
};

const PUBLIC_BUILDING = ['M3 21h18', 'M12 3l9 5H3z', 'M4 9h16', 'M6 9v10', 'M10 9v10', 'M14 9v10', 'M18 9v10'];

export function zoneIconPaths(icon: string | undefined): readonly string[] {
  return (icon !== undefined ? ICONS[icon] : undefined) ?? PUBLIC_BUILDING;
}

export function hasZoneIcon(icon: string): boolean {
  return Object.hasOwn(ICONS, icon);
}
