import { describe, expect, it } from 'vitest';
import { issueBlock } from './issue-gate.ts';

describe('issue gate', () => {
  it('lets a number be taken only with the hub connected and the printer ready', () => {
    expect(issueBlock(true, { condition: 'ready', paperNearEnd: false })).toBeNull();
    expect(issueBlock(true, { condition: 'ready', paperNearEnd: true })).toBeNull();
    expect(issueBlock(false, { condition: 'ready', paperNearEnd: false })).toBe('hub-offline');
    expect(issueBlock(true, null)).toBe('printer-unknown');
    expect(issueBlock(true, { condition: 'offline', paperNearEnd: false })).toBe('printer-offline');
    expect(issueBlock(true, { condition: 'paper-end', paperNearEnd: true })).toBe('printer-paper-end');
    expect(issueBlock(true, { condition: 'cover-open', paperNearEnd: false })).toBe('printer-cover-open');
    expect(issueBlock(true, { condition: 'error', paperNearEnd: false })).toBe('printer-error');
  });
});
