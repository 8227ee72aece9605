/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // host scenarios on 300-table sheets and pane flows take seconds on a loaded 2-core machine
  testTimeout: 30000,
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // ts-jest compiles each file on its own (no type check: `npm run typecheck` does that), which it now reads
  // from the tsconfig's isolatedModules rather than its own deprecated option
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] },
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/', '/test/calc/'],
  // jsdom resolves uuid (an ExcelJS dependency) to its ES-module browser build, which jest cannot run: the
  // pane tests that read a workbook in the pane take the CommonJS build
  moduleNameMapper: { '^uuid$': '<rootDir>/node_modules/uuid/dist/index.js' },
};
