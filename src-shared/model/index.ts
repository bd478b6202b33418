export * from './indicator';
export * from './unit';
export * from './period';
export * from './observation';
export * from './goal';
export * from './mark';
export * from './workbook';
