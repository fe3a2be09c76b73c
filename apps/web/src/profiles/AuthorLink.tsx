// "by <name>", the name linking to the author's public profile — or, for an author who posted
// anonymously (no handle), the pseudonym alone.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AuthorView } from '@consilium/api';

export function AuthorLink({ author }: { author: AuthorView }) {
  const { t } = useTranslation();
  return (
    <span>
      {t('profile.by')}{' '}
      {author.handle === null ? (
        author.displayName
      ) : (
        <Link to={`/members/${encodeURIComponent(author.handle)}`}>{author.displayName}</Link>
      )}
    </span>
  );
}
