// The commands vitest.config.ts gives browser tests (run in Node, on the Playwright page).
declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (media: 'print' | 'screen' | null) => Promise<void>;
  }
}
export {};
