/** Peer comparison (对标比晒): peer groups, one unit against them, and the level–improvement
 * quadrants. Definitions in docs/peers.md. */
export * from './stats';
export * from './groups';
export * from './similarity';
export * from './summary';
export * from './quadrant';
