/**
 * Mints a development token from the standalone local issuer:
 *   npm run token -- --user p-vp [--role vp] [--division d-east] [--expires 12h]
 * `--user` is the token's subject (`sub`): the person's login subject, which is their person id
 * unless they were hired with another. Uses the key under DATA_DIR (default ./data), the same the
 * running standalone app verifies with. Without --role the token carries no role claim: the org
 * tree gives the person's role.
 */
import { parseArgs } from 'node:util';
import { ROLES, isRole } from '@sales/shared/domain';
import { loadConfig } from '@sales/shared/config';
import { LocalIssuer } from '../lib/local-issuer';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      user: { type: 'string' },
      role: { type: 'string' },
      division: { type: 'string' },
      expires: { type: 'string', default: '12h' },
    },
  });
  if (!values.user || (values.role !== undefined && !isRole(values.role))) {
    process.stderr.write(
      `用法 usage: npm run token -- --user <login subject> [--role <${ROLES.join('|')}>] [--division <id>]\n`,
    );
    process.exit(2);
  }
  const config = loadConfig();
  const issuer = await LocalIssuer.open(config.dataDir, config.auth.issuer, config.auth.audience);
  const actor = {
    userId: values.user,
    ...(values.role ? { role: values.role } : {}),
    ...(values.division ? { divisionId: values.division } : {}),
  };
  process.stdout.write(`${await issuer.issue(actor, values.expires)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
