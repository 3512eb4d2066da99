// Loaded on demand: the knowledge base needs the content, which the library page does not.
import { loadContent } from '@/content-loader/registry';
import { KnowledgePage, type KnowledgePageProps } from '@/features/knowledge-base/knowledge-page';
import { useI18n } from '@/i18n/i18n-context';

export default function KnowledgeRoute({ focus }: Pick<KnowledgePageProps, 'focus'>) {
  const { t } = useI18n();
  const { registry } = loadContent();
  if (!registry) return <p role="alert">{t('content.brokenText')}</p>;
  return <KnowledgePage registry={registry} focus={focus} />;
}
