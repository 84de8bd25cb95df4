// Errors
export { AgentsError } from './errors/agents-error';
