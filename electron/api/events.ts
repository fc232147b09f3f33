import type { AppEvent } from './wire';

export type EventListener = (event: AppEvent) => void;

/** Fans events out to every transport that has a listener (the IPC windows, the HTTP event streams). */
export class EventHub {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: AppEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
