import type { AppDefinition } from '@sales/shared/runtime';
import { StandaloneModule } from './app.module';

export const standaloneApp: AppDefinition = {
  name: 'standalone',
  title: '业务部管理平台 Sales department platform (standalone)',
  defaults: { mode: 'standalone', port: 3000 },
  module: (config, logger) => StandaloneModule.forRoot(config, logger),
};
