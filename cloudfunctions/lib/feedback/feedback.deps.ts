import type { GuardDeps } from '../account/account-guard';
import { createGuardDeps } from '../account/create-guard-deps';
import { createFilesDeps, type FilesDeps } from '../files/create-files-deps';
import { COLLECTIONS } from '../infra/collections';
import { documentStore } from '../infra/document-store';
import { feedbackRepository, type FeedbackRepository } from './feedback.repository';

export interface FeedbackDeps extends GuardDeps {
  feedback: FeedbackRepository;
  files: FilesDeps;
}

export function createFeedbackDeps(): FeedbackDeps {
  return {
    ...createGuardDeps(),
    feedback: feedbackRepository(documentStore(COLLECTIONS.feedback)),
    files: createFilesDeps(),
  };
}
