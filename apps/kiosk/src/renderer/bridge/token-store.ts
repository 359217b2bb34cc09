/** The device token an attendant typed on the setup screen of a browser kiosk, kept in localStorage. */

const TOKEN_KEY = 'hall.kiosk.token';
const NAME_KEY = 'hall.kiosk.name';

export interface StoredDevice {
  token: string;
  kioskName: string;
}

export function loadStoredDevice(storage: Storage = localStorage): StoredDevice | null {
  const token = storage.getItem(TOKEN_KEY);
  if (token === null || token.trim() === '') return null;
  return { token, kioskName: storage.getItem(NAME_KEY) ?? '' };
}

export function saveStoredDevice(device: StoredDevice, storage: Storage = localStorage): void {
  storage.setItem(TOKEN_KEY, device.token.trim());
  storage.setItem(NAME_KEY, device.kioskName.trim());
}

export function clearStoredDevice(storage: Storage = localStorage): void {
  storage.removeItem(TOKEN_KEY);
  storage.removeItem(NAME_KEY);
}
