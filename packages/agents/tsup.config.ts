import { defineConfig } from 'tsup';
import { parleyTsup } from '../../tsup.config.base';

// Workspace packages stay external: the umbrella re-exports them, it never copies them.
export default defineConfig(
  parleyTsup({ index: 'src/index.ts', realtime: 'src/realtime.ts', 'realtime.node': 'src/realtime.node.ts' }),
);
