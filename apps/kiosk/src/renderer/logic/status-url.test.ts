import { describe, expect, it } from 'vitest';
import { hubBaseUrl, statusUrlOf, ticketStatusUrl } from './status-url.ts';

describe('status url', () => {
  it('uses the page origin in the browser and hubUrl in Electron', () => {
    expect(hubBaseUrl('', 'http://10.0.0.5:8080')).toBe('http://10.0.0.5:8080');
    expect(hubBaseUrl('http://hub.hall.lan:8080/', 'file://')).toBe('http://hub.hall.lan:8080');
  });

  it('joins the status path', () => {
    expect(statusUrlOf('http://10.0.0.5:8080', '/t/AB12CD34EF')).toBe('http://10.0.0.5:8080/t/AB12CD34EF');
    expect(statusUrlOf('http://h', 't/X')).toBe('http://h/t/X');
    expect(statusUrlOf('http://h', undefined)).toBe('http://h/');
  });

  it('links to the hall’s public address when the hub gives one, not to the address the kiosk opened', () => {
    const reply = { statusPath: '/t/AB12CD34EF', statusUrl: 'https://hall.example.gov.cn/t/AB12CD34EF' };
    expect(ticketStatusUrl('http://localhost:8080', reply)).toBe('https://hall.example.gov.cn/t/AB12CD34EF');
    expect(ticketStatusUrl('http://10.0.0.5:8080', { statusPath: '/t/AB12CD34EF' })).toBe(
      'http://10.0.0.5:8080/t/AB12CD34EF',
    );
  });
});
