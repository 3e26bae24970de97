import nx from '@nx/eslint-plugin';

// Architecture (ARCHITECTURE.md §1) as lint rules: a context reaches another only through its
// `events` lib; domain libs stay pure (no Nest, mongoose, kafkajs, OpenTelemetry).
const contexts = ['org', 'targets', 'customers', 'contracts', 'appraisal', 'kpi'];
const infraPackages = ['@nestjs/*', 'mongoose', 'mongodb', 'kafkajs', '@opentelemetry/*', 'pino', 'jose', 'express'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '.cache', 'data', 'tmp', '**/webpack.config.js', 'jest.config.js'] },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:events', 'type:kernel'], bannedExternalImports: infraPackages },
            { sourceTag: 'type:kernel', onlyDependOnLibsWithTags: ['type:kernel'], bannedExternalImports: infraPackages },
            { sourceTag: 'type:events', onlyDependOnLibsWithTags: ['type:events', 'type:kernel'], bannedExternalImports: infraPackages },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:kernel'] },
            { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:service', 'type:domain', 'type:events', 'type:util', 'type:kernel'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:service', 'type:domain', 'type:events', 'type:util', 'type:kernel'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            ...contexts.map((c) => ({ sourceTag: `scope:${c}`, onlyDependOnLibsWithTags: ['scope:shared', `scope:${c}`, 'type:events'] })),
            { sourceTag: 'scope:app', onlyDependOnLibsWithTags: ['*'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.contract-spec.ts', 'benchmarks/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
];
