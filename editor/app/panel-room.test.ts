import { afterEach, describe, expect, it } from 'vitest';
import { openSize, rememberOpenSize, rememberUserClosed, roomAction, userClosed } from './panel-room';

describe('roomAction: a panel gives its room back when it has nothing to say', () => {
  it('folds an open panel with nothing to show and opens a folded one with something to show', () => {
    expect(roomAction({ wanted: false, collapsed: false, userClosed: false })).toBe('collapse');
    expect(roomAction({ wanted: true, collapsed: true, userClosed: false })).toBe('expand');
  });

  it('leaves a panel already in the right state alone', () => {
    expect(roomAction({ wanted: true, collapsed: false, userClosed: false })).toBe('keep');
    expect(roomAction({ wanted: false, collapsed: true, userClosed: false })).toBe('keep');
  });

  it('never reopens a panel the user closed', () => {
    expect(roomAction({ wanted: true, collapsed: true, userClosed: true })).toBe('keep');
  });
});

describe('what is remembered across reloads', () => {
  afterEach(() => localStorage.clear());

  it('keeps whether the user closed a panel, per panel', () => {
    expect(userClosed('right')).toBe(false);
    rememberUserClosed('right', true);
    expect(userClosed('right')).toBe(true);
    expect(userClosed('bottom')).toBe(false);
    rememberUserClosed('right', false);
    expect(userClosed('right')).toBe(false);
  });

  it('keeps the open size and refuses anything that is not a CSS size', () => {
    rememberOpenSize('right', '412px');
    rememberOpenSize('bottom', '31.5%');
    expect(openSize('right')).toBe('412px');
    expect(openSize('bottom')).toBe('31.5%');
    localStorage.setItem('orderflow.layout.right.openSize', 'calc(1px)');
    expect(openSize('right')).toBeUndefined();
  });
});
