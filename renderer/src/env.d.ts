/// <reference types="vite/client" />
import type { Api } from '../../shared/ipc/contract.ts';

declare global {
  interface Window {
    /** Present in the Electron window (the preload exposes it); absent in the browser mode. */
    api?: Api;
  }
}
