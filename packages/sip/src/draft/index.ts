/** "No data lost": draft storage adapters, the `useDraft` hook, its status, and JSON export/import. */
export {
  DraftStorageError,
  localStorageAdapter,
  memoryStorageAdapter,
  toDraftStorageError,
  type DraftErrorCode,
  type DraftStorage,
  type MemoryDraftStorage,
} from './storage.ts';
export {
  useDraft,
  type CorruptDraft,
  type DraftSaveStatus,
  type DraftState,
  type UseDraftOptions,
} from './use-draft.ts';
export {
  DraftNotice,
  DraftStatus,
  type DraftNoticeProps,
  type DraftStatusProps,
} from './draft-status.tsx';
export { downloadJson, ImportJsonButton, type ImportJsonButtonProps } from './json-file.tsx';
