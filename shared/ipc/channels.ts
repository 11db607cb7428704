/**
 * The channel names alone, with no dependencies: the sandboxed preload builds `window.api` from
 * this list and cannot load zod. contract.ts checks at compile time that both name the same set.
 */
export const CHANNELS = [
  'app:info',
  'file:current',
  'file:new',
  'file:newEmpty',
  'file:open',
  'file:save',
  'file:saveAs',
  'file:apply',
  'file:recent',
  'file:reload',
  'backups:list',
  'backups:read',
  'backups:restoreAs',
  'reports:preview',
  'reports:generate',
  'reports:outputDir',
  'reports:chooseOutputDir',
  'reports:wordTemplate',
  'reports:chooseWordTemplate',
  'reports:files',
  'folders:list',
  'folders:create',
  'shell:open',
  'shell:reveal',
  'plan:export',
  'email:read',
] as const;

export type Channel = (typeof CHANNELS)[number];

/** Main-to-window events (see `Events` in contract.ts for their payloads). */
export const EVENTS = ['file:changed'] as const;

export type EventName = (typeof EVENTS)[number];
