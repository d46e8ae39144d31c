import type { Catalog } from './catalog';
import type { zhCNUploads } from './zh-CN-uploads';

/** The "My uploads" screen's strings (zh-CN-uploads.ts) in English. */
export const enUploads: Catalog<typeof zhCNUploads> = {
  entry: 'My uploaded files',
  title: 'My uploaded files',
  intro:
    'The files you uploaded that passed our checks. Deleting one removes it from cloud storage too; it cannot be undone.',
  purposes: {
    material: 'Application material',
    supplement: 'Supplementary material',
    authorisation: 'Letter of authorisation',
    feedback: 'Feedback attachment',
    result: 'Result document',
    'service-logo': 'Third-party service logo',
  },
  uploadedAt: 'Uploaded',
  inUse: 'Submitted with an application: kept with its record as required, cannot be deleted here',
  remove: 'Delete',
  empty: 'You have not uploaded any files',
  signedOut: 'Sign in to see the files you uploaded',
  confirm: {
    title: 'Delete this file?',
    content: 'The file is removed from cloud storage and cannot be recovered.',
    confirmText: 'Delete',
    cancelText: 'Keep',
    destructive: true,
    done: 'Deleted',
  },
};
