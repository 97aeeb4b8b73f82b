// Types of keyboard.mjs, for the TypeScript tests that press keys the way the bench does.
import type { CDPSession } from 'playwright-core';

export function pressKey(cdp: CDPSession, char: string): Promise<void>;
export function humanDelayMs(random: () => number, char: string): number;
export function pressShortcut(cdp: CDPSession, shortcut: string): Promise<void>;
export function typeHumanly(cdp: CDPSession, text: string, random: () => number): Promise<void>;
