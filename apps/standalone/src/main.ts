import 'reflect-metadata';
import { runApp } from '@sales/shared/runtime';
import { standaloneApp } from './standalone.app';

// `npm start -- --demo` loads the demo department (same as SALES_DEMO=1).
if (process.argv.includes('--demo')) process.env['SALES_DEMO'] = '1';

void runApp(standaloneApp);
