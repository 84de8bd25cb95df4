import { defineConfig } from 'tsup';
import { parleyTsup } from '../../tsup.config.base';

export default defineConfig(
  parleyTsup({
    index: 'src/index.ts',
    'modem/index': 'src/modem/index.ts',
    'telephony/index': 'src/telephony/index.ts',
    'webrtc/index': 'src/webrtc/index.ts',
    cli: 'src/cli.ts',
  }),
);
