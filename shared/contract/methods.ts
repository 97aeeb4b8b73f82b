import { inputSchemas } from './inputs';

/** The one list of method keys ("namespace.name"); channels, handlers and clients derive from it. */
export const methodKeys = Object.keys(inputSchemas) as MethodKey[];

/** A method key such as "meetings.open". */
export type MethodKey = keyof typeof inputSchemas;

/** The Electron IPC channel of a method. No other file writes a channel name. */
export function channelOf(key: MethodKey): string {
  return `paragraf:${key}`;
}

/** Whether a string names a method of the contract. */
export function isMethodKey(value: string): value is MethodKey {
  return Object.prototype.hasOwnProperty.call(inputSchemas, value);
}
