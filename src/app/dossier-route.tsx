// Loaded on demand when a dossier opens: the content, the lifecycle machine and the wizard.
// Keeping them out of the first page keeps the library fast to load.
import { loadContent } from '@/content-loader/registry';
import { formatProblem } from '@/content-loader/content-problem';
import { useI18n } from '@/i18n/i18n-context';
import DossierWorkspace, { type WorkspaceProps } from './dossier-workspace';

export default function DossierRoute(props: Omit<WorkspaceProps, 'registry'>) {
  const { t } = useI18n();
  const { registry, problems } = loadContent();
  if (!registry) {
    return (
      <div className="narrow">
        <h1 className="page-heading">{t('content.brokenTitle')}</h1>
        <p>{t('content.brokenText')}</p>
        <ul>
          {problems.slice(0, 20).map((problem) => (
            <li key={formatProblem(problem)}>
              <code>{formatProblem(problem)}</code>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return <DossierWorkspace {...props} registry={registry} />;
}
