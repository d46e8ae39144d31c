/** The collection names live in `config/cloud/collections.ts` (with the deploy's list); re-exported here. */
export { COLLECTIONS, type CollectionName } from '../../../config/cloud/collections';
