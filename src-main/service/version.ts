import pkg from '../../package.json';

/** The app's version, from package.json. */
export const version: string = pkg.version;
