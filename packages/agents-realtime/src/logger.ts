import { getLogger } from '@parley/agents-core';

/** The package's logger: silent unless `DEBUG=parley:realtime*`. Never logs keys or audio. */
export const logger = getLogger('parley:realtime');
