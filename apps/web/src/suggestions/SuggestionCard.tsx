// One member's suggestion under its candidate: who (an anonymous author only by the pseudonym the
// server gives), in what words if not the candidate's, how confident, why (the server's sanitised
// HTML), what to do next, and sources.
import { useTranslation } from 'react-i18next';
import type { Suggestion } from '@consilium/api';
import { RelativeTime } from '../i18n/RelativeTime';
import { formatPercent } from '../i18n/format';
import { AuthorLink } from '../profiles/AuthorLink';
import { PlainText } from '../text/PlainText';
import { ReferenceLinks } from './ReferenceLinks';

/** Whether the member named it in other words than the candidate it was merged into. */
function isOtherWording(suggestion: Suggestion, candidateLabel: string): boolean {
  const folded = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return folded(suggestion.diagnosis) !== folded(candidateLabel);
}

export interface SuggestionCardProps {
  suggestion: Suggestion;
  /** The label of the candidate it backs. */
  candidateLabel: string;
}

export function SuggestionCard({ suggestion, candidateLabel }: SuggestionCardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <li className="suggestion-card" data-testid="suggestion" data-suggestion-id={suggestion.id}>
      <p className="suggestion-card__meta">
        {suggestion.isOwn ? (
          <span>{t('suggestion.byYou', { position: suggestion.position })}</span>
        ) : (
          // An anonymous author is shown by the pseudonym alone, never linked to a profile.
          <AuthorLink
            author={
              suggestion.author.anonymous
                ? { ...suggestion.author, handle: null }
                : suggestion.author
            }
          />
        )}
        <RelativeTime iso={suggestion.createdAt} />
        <span className="suggestion-card__confidence" data-testid="suggestion-confidence">
          {t('suggestion.confidence', {
            confidence: formatPercent(suggestion.confidence / 100, language),
          })}
        </span>
        {suggestion.revision > 1 ? <span>{t('suggestion.edited')}</span> : null}
        {suggestion.helpful === null ? null : (
          <span
            className={suggestion.helpful ? 'badge badge--helpful' : 'badge badge--not-helpful'}
          >
            {suggestion.helpful ? t('suggestion.ratedHelpful') : t('suggestion.ratedNotHelpful')}
          </span>
        )}
      </p>
      {isOtherWording(suggestion, candidateLabel) ? (
        <p className="suggestion-card__wording">
          {t('suggestion.wording', { diagnosis: suggestion.diagnosis })}
        </p>
      ) : null}
      {suggestion.rationaleHtml.trim() === '' ? null : (
        <div
          className="suggestion-card__rationale"
          // Rendered from markdown and sanitised on the server: no raw HTML, safe links only.
          dangerouslySetInnerHTML={{ __html: suggestion.rationaleHtml }}
        />
      )}
      {suggestion.nextSteps.trim() === '' ? null : (
        <div className="suggestion-card__next">
          <p className="suggestion-card__label">{t('suggestion.nextSteps')}</p>
          <PlainText text={suggestion.nextSteps} />
        </div>
      )}
      {suggestion.references.length === 0 ? null : (
        <div className="suggestion-card__references">
          <p className="suggestion-card__label">{t('suggestion.references')}</p>
          <ReferenceLinks
            references={suggestion.references}
            label={t('suggestion.referencesOf', { diagnosis: suggestion.diagnosis })}
          />
        </div>
      )}
    </li>
  );
}
