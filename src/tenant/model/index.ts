// The tenant model: one file per record kind, re-exported here for the services and cmdlets.
export * from './ids.js';
export * from './organisation.js';
export * from './user.js';
export * from './roles.js';
export * from './skus.js';
export * from './subscription.js';
export * from './group.js';
export * from './mailbox.js';
export * from './onedrive.js';
export * from './audit.js';
export * from './clock.js';
export * from './document.js';
