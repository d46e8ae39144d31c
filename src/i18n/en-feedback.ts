import type { Catalog } from './catalog';
import type { zhCNFeedback } from './zh-CN-feedback';

/** The feedback subpackage's strings (zh-CN-feedback.ts) in English. */
export const enFeedback: Catalog<typeof zhCNFeedback> = {
  entry: 'Feedback and complaints',
  title: 'Feedback and complaints',
  intro:
    'Send us your views on the User Agreement, the Personal Information Protection Policy and what they promise, as well as complaints and suggestions. We will look into them promptly and reply once we have confirmed your identity as a user.',
  category: 'Type',
  categories: {
    agreement: 'User Agreement',
    privacy: 'Personal information protection',
    complaint: 'Complaint',
    suggestion: 'Suggestion',
  },
  text: 'Your feedback (up to 500 characters)',
  textPlaceholder: 'Describe your view or the problem',
  photos: 'Pictures (optional, up to 4)',
  fromAlbum: 'Choose from photos',
  fromCamera: 'Take a photo',
  locationNotice: 'Location data (where a photo was taken) is removed before upload.',
  keepLocation: 'Keep the location data in photos',
  photoLabel: (n: number, location: 'removed' | 'none' | 'not-jpeg' | 'unreadable' | 'kept') =>
    `Picture ${n}${location === 'removed' ? ' (location removed)' : location === 'kept' ? ' (location kept)' : ''}`,
  skipped: (n: number) => `${n} photo(s) not added: their location data could not be removed safely.`,
  tooLarge: (n: number) => `${n} file(s) not added: over the size limit.`,
  uploading: 'Uploading…',
  removePhoto: 'Remove',
  voice: 'Voice note (optional, one)',
  /** The names attachments are stored under, shown in 我上传的文件 (the photo's number follows). */
  photoFile: 'Feedback photo ',
  voiceFile: 'Feedback voice note',
  record: 'Tap to start recording',
  stop: 'Stop recording',
  recording: 'Recording…',
  voiceAdded: (seconds: number) => `Voice note added, ${seconds} s`,
  removeVoice: 'Remove voice note',
  voiceOff: 'The microphone is off, so voice notes are unavailable; you can still send text and pictures.',
  submit: 'Submit',
  submitBlocked: 'Write your feedback first',
  submitted: 'Submitted. Thank you for your feedback.',
  mine: 'My feedback',
  none: 'No feedback yet',
  remove: 'Delete this feedback',
  signInFirst: 'Please sign in to send feedback',
  signIn: 'Sign in',
  attachments: (photos: number, voice: boolean) =>
    [photos > 0 ? `${photos} picture(s)` : '', voice ? '1 voice note' : ''].filter(Boolean).join(', '),
  reply: (at: string) => `Staff reply (${at})`,
  statuses: {
    received: 'Received',
    'in-progress': 'In progress',
    answered: 'Answered',
    closed: 'Closed',
  },
};
