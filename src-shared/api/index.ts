export * from './contract';
export * from './errors';
export * as schemas from './schemas';
export * from './wire';
export * from './arrow';
