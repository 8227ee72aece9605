import { configure } from '@testing-library/react';

/**
 * What jsdom lacks and Fluent UI asks for. Imported first by the pane's jsdom test files (not a global jest
 * setup: other suites run in node).
 */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== 'undefined') {
  if (!('ResizeObserver' in window)) {
    Object.defineProperty(window, 'ResizeObserver', { value: NoopResizeObserver, writable: true });
  }
  if (!window.matchMedia) {
    Object.defineProperty(window, 'matchMedia', {
      writable: true,
      value: (query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }),
    });
  }
}

export {};

// waitFor's default second is too short on a loaded two-core CI machine: a slow render is not a failure
configure({ asyncUtilTimeout: 10_000 });
