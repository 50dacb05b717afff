/**
 * The PostgreSQL database the PostGIS tests use: SHANGYU_TEST_DB, else the local server's
 * shangyu_test (postgresql:///shangyu_test), which `npm test` sets up (test/setup-machine.sh).
 */
import { spawnSync } from 'node:child_process';

export const TEST_DB = process.env.SHANGYU_TEST_DB ?? 'postgresql:///shangyu_test';

/** Throws, saying how to get one, unless the test database answers. */
export function requireTestDb(): void {
  const r = spawnSync('psql', ['-X', '-At', '-d', TEST_DB, '-c', 'select 1'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Error(`No PostgreSQL server at ${TEST_DB} (${(r.error?.message ?? r.stderr).trim()}). npm test installs and starts one (test/setup-machine.sh: PostgreSQL with PostGIS, a role for you, the database shangyu_test) when run as root or with passwordless sudo; or set SHANGYU_TEST_DB.`);
  }
}
