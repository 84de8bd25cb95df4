// Protocol helpers
export { createId } from './protocol/ids';
