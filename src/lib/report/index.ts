export * from './schema';
export * from './rules';
export type * from './types';
