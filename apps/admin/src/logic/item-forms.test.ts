import { expect, test } from 'vitest';
import {
  nextWindowNumber,
  serviceFieldOf,
  serviceFormValues,
  serviceWidthClaim,
  toService,
  toWindow,
  toZone,
  widthDisagreement,
  windowFieldOf,
  windowFormValues,
  zoneFormValues,
  type ServiceFormValues,
} from './item-forms.ts';
import { withItem } from './config-edit.ts';
import { documentResolver } from './document-resolver.ts';
import { testHall } from './test-hall.ts';

const hall = testHall();
const [marriage, pension] = hall.services;
const [window1] = hall.windows;
if (!marriage || !pension || !window1) throw new Error('test hall');

test('a service round-trips through its form unchanged', () => {
  expect(toService(pension, serviceFormValues(pension, 'civil'))).toEqual(pension);
});

// materials on ticket
test('the form shows and stores whether the service prints its materials (一次性告知)', () => {
  const printing = { ...pension, printMaterials: true };
  expect(serviceFormValues(printing, 'civil').printMaterials).toBe(true);
  expect(serviceFormValues(undefined, 'civil').printMaterials).toBe(false);
  expect(toService(printing, serviceFormValues(printing, 'civil'))).toEqual(printing);
  expect(toService(pension, { ...serviceFormValues(pension, 'civil'), printMaterials: true }).printMaterials).toBe(
    true,
  );
});

test('the capacity text sets, replaces or drops the own capacity and keeps the slot length', () => {
  const own = { ...marriage, booking: { slotMinutes: 20, capacity: 4 } };
  const values = serviceFormValues(own, 'civil');
  expect(values.bookingCapacity).toBe('4');
  expect(toService(own, { ...values, bookingCapacity: '0' }).booking).toEqual({ slotMinutes: 20, capacity: 0 });
  expect(toService(own, { ...values, bookingCapacity: ' ' }).booking).toEqual({ slotMinutes: 20 });
  expect(toService(marriage, { ...serviceFormValues(marriage, 'civil'), bookingCapacity: '' })).not.toHaveProperty(
    'booking',
  );
  // Not a number: passed on so the schema names the field.
  expect(toService(marriage, { ...values, bookingCapacity: 'x' }).booking?.capacity).toBeNaN();
  expect(serviceFieldOf('booking.capacity')).toBe('bookingCapacity');
});

test('a new service starts in the first zone with nothing filled in', () => {
  const v = serviceFormValues(undefined, 'civil');
  expect(v).toMatchObject({ id: '', zoneId: 'civil', prefix: '', bookingCapacity: '', materials: [] });
});

test('a window maps "all services" and a chosen list, and an empty zone to none', () => {
  const v = windowFormValues(window1, 9);
  expect(v).toMatchObject({ number: 1, allServices: true, serviceIds: [], zoneId: 'civil' });
  expect(toWindow(window1, v)).toEqual(window1);
  const chosen = toWindow(window1, { ...v, allServices: false, serviceIds: ['pension'], zoneId: '' });
  expect(chosen).toEqual({ number: 1, names: window1.names, kind: 'zone', services: ['pension'] });
  expect(windowFieldOf('services.0')).toBe('serviceIds');
  expect(nextWindowNumber(hall.windows)).toBe(2);
  expect(windowFormValues(undefined, 2)).toMatchObject({ number: 2, allServices: false });
});

test('a zone keeps its hours, and an empty icon is none', () => {
  const zone = { id: 'civil', names: marriage.names, icon: 'family', hours: { regular: [] } };
  expect(toZone(zone, { ...zoneFormValues(zone), icon: '' })).toEqual({
    id: 'civil',
    names: marriage.names,
    hours: { regular: [] },
  });
  expect(toZone(zone, zoneFormValues(zone))).toEqual(zone);
});

test('the number width round-trips, and a width disagreeing with a shared prefix shows on the field', () => {
  const values = serviceFormValues(marriage, 'civil');
  expect(values.numberDigits).toBe('3');
  expect(toService(marriage, { ...values, numberDigits: '4' }).numberDigits).toBe(4);

  // The first of two services sharing prefix A gets 4 digits: the protocol reports it on the second one.
  const shared = { ...hall, services: [marriage, { ...pension, prefix: 'A' }] };
  const resolve = documentResolver<ServiceFormValues>((v) => {
    const document = { ...shared, services: withItem(shared.services, 0, toService(marriage, v)) };
    return {
      document,
      prefix: 'services.0.',
      fieldOf: serviceFieldOf,
      claim: serviceWidthClaim(document.services, 0),
    };
  });
  const result = resolve({ ...values, numberDigits: '4' }, undefined, {
    fields: {},
    shouldUseNativeValidation: false,
  }) as { errors: Record<string, { message?: string }> };
  expect(result.errors.numberDigits?.message).toContain('prefix A');
  expect(result.errors.root).toBeUndefined();
});

test('the other service on the same prefix with another width is found; one alone on its prefix has none', () => {
  const shared = [
    { ...marriage, numberDigits: 4 as const },
    { ...pension, prefix: 'A' },
  ];
  expect(widthDisagreement(shared, 0)?.id).toBe('pension');
  expect(widthDisagreement(shared, 1)?.id).toBe('marriage');
  expect(widthDisagreement([shared[0] as typeof marriage, pension], 0)).toBeUndefined();
});

test("the target wait: a new service gets the protocol's default, an edit is stored, the schema's bounds hold", () => {
  expect(serviceFormValues(undefined, 'civil').targetWaitMinutes).toBe(30);
  const values = { ...serviceFormValues(marriage, 'civil'), targetWaitMinutes: 45 };
  expect(toService(marriage, values).targetWaitMinutes).toBe(45);
  const resolve = documentResolver<ServiceFormValues>((v) => ({
    document: { ...hall, services: withItem(hall.services, 0, toService(marriage, v)) },
    prefix: 'services.0.',
    fieldOf: serviceFieldOf,
  }));
  const errorsOf = (targetWaitMinutes: number) =>
    (
      resolve({ ...values, targetWaitMinutes }, undefined, { fields: {}, shouldUseNativeValidation: false }) as {
        errors: Record<string, { message?: string }>;
      }
    ).errors;
  expect(errorsOf(45)).toEqual({});
  expect(errorsOf(0).targetWaitMinutes).toBeDefined();
  expect(errorsOf(481).targetWaitMinutes).toBeDefined();
  expect(errorsOf(Number.NaN).targetWaitMinutes).toBeDefined();
});
