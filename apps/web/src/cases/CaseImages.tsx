// A case's images: listed when there are any; for an image post without them yet, a word that they
// will appear once media upload is available.
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@consilium/api';

export function CaseImages({ caseDetail }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation();
  const { attachments } = caseDetail;
  if (attachments.length === 0 && caseDetail.kind !== 'image') return null;
  return (
    <section className="case-images" aria-labelledby="case-images">
      <h2 id="case-images">{t('images.heading')}</h2>
      {attachments.length === 0 ? (
        <p className="case-images__pending">{t('images.pending')}</p>
      ) : (
        <ol className="case-images__list">
          {attachments.map((attachment, index) => (
            <li key={attachment.id} className="case-images__item">
              <span className="case-images__caption">
                {attachment.caption ?? t('images.untitled', { number: index + 1 })}
              </span>
              {attachment.width !== null && attachment.height !== null ? (
                <span className="case-images__size">
                  {t('images.size', { width: attachment.width, height: attachment.height })}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
