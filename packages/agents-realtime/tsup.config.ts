import { defineConfig } from 'tsup';
import { parleyTsup } from '../../tsup.config.base';

export default defineConfig(
  parleyTsup({ index: 'src/index.ts', 'index.node': 'src/index.node.ts', testing: 'src/testing/index.ts' }),
);
