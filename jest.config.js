// One jest run for the whole workspace. Two projects:
//  - unit: pure specs (*.spec.ts), no servers;
//  - integration: adapters and end-to-end flows (*.int-spec.ts, *.contract-spec.ts run via
//    *.int-spec.ts) against the REAL Kafka broker and MongoDB-wire server (mongo-java-server) from deploy/local. Its global
//    setup starts them when they are not answering, or fails saying why: never skipped.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

const base = {
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/benchmarks'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
};

module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['**/*.spec.ts'] },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['**/*.int-spec.ts'],
      globalSetup: '<rootDir>/libs/shared/testing/src/infra/jest-global-setup.js',
      slowTestThreshold: 30,
    },
  ],
  testTimeout: 60000,
};
