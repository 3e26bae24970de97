import nx from '@nx/eslint-plugin';

// Architecture (ARCHITECTURE.md §1) as lint rules: a context reaches another only through its
// `events` lib; domain libs stay pure (no Nest, mongoose, kafkajs, OpenTelemetry) and know no
// other context at all; test helpers (`type:testing`) are for specs and benchmarks, never for
// what ships.
const contexts = ['org', 'targets', 'customers', 'contracts', 'appraisal', 'handover', 'notices', 'kpi'];
const infraPackages = [
  '@nestjs/*',
  'mongoose',
  'mongodb',
  'kafkajs',
  '@opentelemetry/*',
  'pino',
  'jose',
  'express',
];
const specFiles = ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.contract-spec.ts'];

/** The dependency rules; in specs every kind of project may also use the `type:testing` libs. */
function depConstraints({ inSpecs }) {
  const plus = (tags) => (inSpecs ? [...tags, 'type:testing'] : tags);
  return [
    {
      sourceTag: 'type:domain',
      onlyDependOnLibsWithTags: plus(['type:domain', 'type:events', 'type:kernel']),
      bannedExternalImports: infraPackages,
    },
    {
      sourceTag: 'type:kernel',
      onlyDependOnLibsWithTags: plus(['type:kernel']),
      bannedExternalImports: infraPackages,
    },
    {
      sourceTag: 'type:events',
      onlyDependOnLibsWithTags: plus(['type:events', 'type:kernel']),
      bannedExternalImports: infraPackages,
    },
    // KPI projections: pure functions of other contexts' published events (their events libs).
    {
      sourceTag: 'type:projections',
      onlyDependOnLibsWithTags: plus(['type:projections', 'type:domain', 'type:events', 'type:kernel']),
      bannedExternalImports: infraPackages,
    },
    { sourceTag: 'type:util', onlyDependOnLibsWithTags: plus(['type:util', 'type:kernel']) },
    {
      sourceTag: 'type:service',
      onlyDependOnLibsWithTags: plus([
        'type:service',
        'type:domain',
        'type:projections',
        'type:events',
        'type:util',
        'type:kernel',
      ]),
    },
    {
      sourceTag: 'type:app',
      onlyDependOnLibsWithTags: plus([
        'type:service',
        'type:domain',
        'type:projections',
        'type:events',
        'type:util',
        'type:kernel',
        'type:demo',
      ]),
    },
    {
      sourceTag: 'type:testing',
      onlyDependOnLibsWithTags: [
        'type:testing',
        'type:service',
        'type:domain',
        'type:projections',
        'type:events',
        'type:util',
        'type:kernel',
      ],
    },
    {
      sourceTag: 'type:bench',
      onlyDependOnLibsWithTags: [
        'type:testing',
        'type:service',
        'type:domain',
        'type:projections',
        'type:events',
        'type:util',
        'type:kernel',
        'type:demo',
      ],
    },
    { sourceTag: 'type:demo', onlyDependOnLibsWithTags: plus(['type:kernel']) },
    { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
    { sourceTag: 'scope:demo', onlyDependOnLibsWithTags: plus(['scope:shared']) },
    ...contexts.map((c) => ({
      sourceTag: `scope:${c}`,
      onlyDependOnLibsWithTags: plus(['scope:shared', `scope:${c}`, 'type:events']),
    })),
    // A domain's only outside world is its own context's events lib and the shared kernel: a
    // decider that needs another context's facts gets them from its service, already folded.
    ...contexts.map((c) => ({
      allSourceTags: [`scope:${c}`, 'type:domain'],
      onlyDependOnLibsWithTags: plus(['scope:shared', `scope:${c}`]),
    })),
    { sourceTag: 'scope:app', onlyDependOnLibsWithTags: ['*'] },
  ];
}

const moduleBoundaries = (options) => [
  'error',
  { enforceBuildableLibDependency: true, allow: [], depConstraints: depConstraints(options) },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '.cache',
      'data',
      'tmp',
      '**/webpack.config.js',
      'jest.config.js',
    ],
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': moduleBoundaries({ inSpecs: false }),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: specFiles,
    rules: { '@nx/enforce-module-boundaries': moduleBoundaries({ inSpecs: true }) },
  },
  {
    files: [...specFiles, 'benchmarks/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
];
