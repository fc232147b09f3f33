// A real library in a temporary folder with every service wired as the app wires them, the events it emits, and
// a typed way to call its routes through the dispatcher (the path both transports take).
import type { Library } from '../../db/connection';
import { dispatch } from '../../electron/api/dispatch';
import { EventHub } from '../../electron/api/events';
import type { AppEvent } from '../../electron/api/wire';
import { createServices, type AppServices } from '../../electron/services';
import { freshLibrary } from './library';

export interface TestApp {
  library: Library;
  services: AppServices;
  events: AppEvent[];
  /** Calls a route and returns its result; a route error is thrown as `CODE: message`. */
  call<T>(name: string, input: unknown): Promise<T>;
  /** Calls a route that must fail and returns its `{ code, message }`. */
  fails(name: string, input: unknown): Promise<{ code: string; message: string }>;
}

export function testApp(library: Library = freshLibrary()): TestApp {
  const hub = new EventHub();
  const events: AppEvent[] = [];
  hub.subscribe((e) => events.push(e));
  const services = createServices(library, hub);
  return {
    library,
    services,
    events,
    async call<T>(name: string, input: unknown): Promise<T> {
      const response = await dispatch(services.table, name, input);
      if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`);
      return response.result as T;
    },
    async fails(name, input) {
      const response = await dispatch(services.table, name, input);
      if (response.ok) throw new Error(`${name} should have failed`);
      return response.error;
    },
  };
}
