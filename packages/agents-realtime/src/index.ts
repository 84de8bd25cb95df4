// Browser-safe entry: no Node built-ins may be imported from here.

// Audio utilities
export { arrayBufferToBase64, base64ToArrayBuffer } from './audio/base64';
