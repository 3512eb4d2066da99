import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave, type SaveStatus } from '@/persistence/autosave';
import { ConflictError } from '@/persistence/storage-error';
import type { Dossier } from '@/schemas/dossier';

const dossier = (name: string) => ({ name }) as Dossier;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(save: (d: Dossier) => Promise<void>) {
  const statuses: SaveStatus['state'][] = [];
  const autosave = createAutosave({
    save,
    delay: 400,
    onStatus: (status) => statuses.push(status.state),
    now: () => 'now',
  });
  return { autosave, statuses };
}

describe('autosave', () => {
  it('saves once, 400 ms after the last change, with the latest dossier', async () => {
    const saved: string[] = [];
    const { autosave } = setup(async (d) => void saved.push(d.name));
    autosave.schedule(dossier('a'));
    await vi.advanceTimersByTimeAsync(300);
    autosave.schedule(dossier('ab'));
    await vi.advanceTimersByTimeAsync(399);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['ab']);
  });

  it('saves at once when flushed (the tab is hidden or closed)', async () => {
    const saved: string[] = [];
    const { autosave } = setup(async (d) => void saved.push(d.name));
    autosave.schedule(dossier('typed'));
    await autosave.flush();
    expect(saved).toEqual(['typed']);
    expect(autosave.hasPending()).toBe(false);
  });

  it('runs one save at a time, in order', async () => {
    const events: string[] = [];
    const { autosave } = setup(async (d) => {
      events.push(`start ${d.name}`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      events.push(`end ${d.name}`);
    });
    autosave.schedule(dossier('1'));
    await vi.advanceTimersByTimeAsync(400);
    autosave.schedule(dossier('2'));
    await vi.advanceTimersByTimeAsync(3000);
    expect(events).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
  });

  it('keeps the unsaved dossier after a failure and saves it on the next attempt', async () => {
    let fail = true;
    const saved: string[] = [];
    const { autosave, statuses } = setup(async (d) => {
      if (fail) throw new DOMException('full', 'QuotaExceededError');
      saved.push(d.name);
    });
    autosave.schedule(dossier('precious'));
    await autosave.flush();
    expect(statuses).toContain('failed');
    expect(autosave.hasPending()).toBe(true);
    fail = false;
    await autosave.flush();
    expect(saved).toEqual(['precious']);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('stops for good after a conflict, so it never overwrites another tab’s work', async () => {
    const saves: string[] = [];
    const { autosave } = setup(async (d) => {
      saves.push(d.name);
      throw new ConflictError(5);
    });
    autosave.schedule(dossier('x'));
    await autosave.flush();
    autosave.schedule(dossier('y'));
    await vi.advanceTimersByTimeAsync(1000);
    await autosave.flush();
    expect(saves).toEqual(['x']);
  });
});
