// The status of a phase or step in the task list, in words (never colour alone).
import type { Status } from '@/domain/progress';
import { useI18n } from '@/i18n/i18n-context';

const keys = {
  'cannot-start': 'status.cannotStart',
  'not-started': 'status.notStarted',
  'in-progress': 'status.inProgress',
  completed: 'status.completed',
} as const;

export function StatusTag({ status, id }: { status: Status; id?: string }) {
  const { t } = useI18n();
  return (
    <strong className={`status-tag status-tag--${status}`} id={id}>
      {t(keys[status])}
    </strong>
  );
}
