/**
 * Timing probes that run inside the page (installed with `page.evaluate(installProbes)`, so the
 * function must not use anything from outside itself). Each measures from the user's input event
 * (its timeStamp) to the first task after the next frame, i.e. after the result was painted, and
 * leaves a performance measure behind for the DevTools timeline.
 */
export interface Probe {
  /** Clicks the Stakeholders tab; resolves with the time until its table rows are painted. */
  mountStakeholders: () => Promise<number>;
  /** Times the next keystroke in a field, from keydown to the painted result. */
  armInput: () => void;
  /** Times the next click, from the click to the painted result. */
  armClick: () => void;
  /** What the armed probe measured. */
  settled: () => Promise<number>;
}

export function installProbes(): void {
  // The few page APIs used, typed here: this file is also checked without the DOM library.
  interface Clickable {
    textContent: string | null;
    click: () => void;
  }
  interface Page {
    document: {
      querySelectorAll: (selector: string) => Iterable<Clickable>;
      querySelector: (selector: string) => unknown;
      addEventListener: (
        type: string,
        listener: (e: { timeStamp: number }) => void,
        options?: { once?: boolean; capture?: boolean },
      ) => void;
    };
    requestAnimationFrame: (callback: () => void) => number;
  }
  const { document, requestAnimationFrame } = globalThis as unknown as Page;
  let pending: Promise<number> = Promise.resolve(0);
  const afterPaint = (name: string, t0: number) =>
    new Promise<number>((resolve) =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          const end = performance.now();
          performance.measure(name, { start: t0, end });
          resolve(end - t0);
        }, 0),
      ),
    );
  const probe: Probe = {
    mountStakeholders: () => {
      const tab = [...document.querySelectorAll('nav[aria-label="Screens"] button')].find(
        (b) => b.textContent === 'Stakeholders',
      );
      const t0 = performance.now();
      tab?.click();
      return new Promise<number>((resolve) => {
        const check = () => {
          if (
            document.querySelector('[role="grid"][aria-label="Stakeholders"] .data-table__body [role="row"]')
          )
            void afterPaint('stakeholders: first render', t0).then(resolve);
          else requestAnimationFrame(check);
        };
        check();
      });
    },
    armInput: () => {
      pending = new Promise<number>((resolve) => {
        let t0 = 0;
        document.addEventListener('keydown', (e) => (t0 = e.timeStamp), { once: true, capture: true });
        // In the bubble phase at the document, after React's own listener on its root has run.
        document.addEventListener(
          'input',
          () => void afterPaint('stakeholders: keystroke', t0).then(resolve),
          {
            once: true,
          },
        );
      });
    },
    armClick: () => {
      pending = new Promise<number>((resolve) => {
        document.addEventListener(
          'click',
          (e) => void afterPaint('stakeholders: sort', e.timeStamp).then(resolve),
          {
            once: true,
          },
        );
      });
    },
    settled: () => pending,
  };
  Object.assign(globalThis, probe);
}

/** Times the next Enter in a cell editor until `selector`'s cell shows `text` again, painted (main saved it). */
export interface EditProbe {
  armEdit: (selector: string, text: string) => void;
  edited: () => Promise<number>;
  /**
   * Where the last measured edit's time went, from the Enter (ms): when the window sent
   * `file:apply` and when its answer had arrived (the page's resource timing); -1 if not seen.
   */
  phases: () => { sent: number; answered: number };
}

export function installEditProbe(): void {
  interface Page {
    document: {
      querySelector: (
        selector: string,
      ) => { textContent: string | null; querySelector: (s: string) => unknown } | null;
      addEventListener: (
        type: string,
        listener: (e: { timeStamp: number; key?: string }) => void,
        options?: { capture?: boolean },
      ) => void;
      removeEventListener: (
        type: string,
        listener: (e: { timeStamp: number; key?: string }) => void,
        options?: { capture?: boolean },
      ) => void;
    };
    requestAnimationFrame: (callback: () => void) => number;
  }
  const { document, requestAnimationFrame } = globalThis as unknown as Page;
  let pending: Promise<number> = Promise.resolve(0);
  let phases = { sent: -1, answered: -1 };
  const probe: EditProbe = {
    armEdit: (selector, text) => {
      pending = new Promise<number>((resolve) => {
        const onKey = (e: { timeStamp: number; key?: string }) => {
          if (e.key !== 'Enter') return;
          document.removeEventListener('keydown', onKey, { capture: true });
          const t0 = e.timeStamp;
          const check = () => {
            const cell = document.querySelector(selector);
            if (cell && !cell.querySelector('input') && (cell.textContent ?? '').includes(text))
              setTimeout(() => {
                const end = performance.now();
                performance.measure('cell edit: saved', { start: t0, end });
                const apply = performance
                  .getEntriesByType('resource')
                  .filter((e) => e.name.endsWith('/api/file:apply') && e.startTime >= t0)
                  .at(-1) as { startTime: number; responseEnd: number } | undefined;
                phases = apply
                  ? { sent: apply.startTime - t0, answered: apply.responseEnd - t0 }
                  : { sent: -1, answered: -1 };
                resolve(end - t0);
              }, 0);
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        };
        document.addEventListener('keydown', onKey, { capture: true });
      });
    },
    edited: () => pending,
    phases: () => phases,
  };
  Object.assign(globalThis, probe);
}
