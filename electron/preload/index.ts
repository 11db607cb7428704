import { contextBridge } from 'electron';
import { api } from './api.ts';

contextBridge.exposeInMainWorld('api', api);
