// The collective differential as horizontal bars: each diagnosis with its probability in words and
// as a bar, and "why" it ranks there — how many members of each tier back it (counts, never
// who) and how many put it first. The bars are SVG, so they print and need no inline styles.
import { useTranslation } from 'react-i18next';
import type { DifferentialItem, PendingDifferentialItem, SupportByTier } from '@consilium/api';
import { formatPercent } from '../i18n/format';
import { ConceptCode } from './ConceptCode';

const TIERS = ['specialist', 'professional', 'student', 'detective'] as const;

/** Members of each tier backing a diagnosis; with `onlyBacking`, only the tiers that do. */
export function SupportByTierList({
  support,
  onlyBacking = false,
}: {
  support: SupportByTier;
  onlyBacking?: boolean;
}) {
  const { t } = useTranslation();
  const tiers = onlyBacking ? TIERS.filter((tier) => support[tier] > 0) : TIERS;
  return (
    <ul className="support-tiers">
      {tiers.map((tier) => (
        <li key={tier} data-tier={tier}>
          {t(`support.${tier}`, { count: support[tier] })}
        </li>
      ))}
    </ul>
  );
}

export function ProbabilityBar({ probability }: { probability: number }) {
  const width = Math.min(Math.max(probability, 0), 1) * 100;
  return (
    <svg
      className="probability-bar"
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect className="probability-bar__track" x="0" y="0" width="100" height="10" />
      <rect className="probability-bar__fill" x="0" y="0" width={width} height="10" />
    </svg>
  );
}

function DifferentialBar({ item }: { item: DifferentialItem }) {
  const { t, i18n } = useTranslation();
  const percent = formatPercent(item.probability, i18n.resolvedLanguage ?? 'en');
  return (
    <li className="differential-bar" data-testid="differential-item">
      <p className="differential-bar__head">
        <span className="differential-bar__rank" aria-hidden="true">
          {item.rank}
        </span>
        <span className="differential-bar__label">
          <span className="visually-hidden">
            {t('differential.rankWord', { rank: item.rank })}{' '}
          </span>
          {item.label}
          {item.concept === null ? null : <ConceptCode id={item.concept.id} />}
        </span>
        <span className="differential-bar__percent" data-testid="differential-probability">
          {percent}
        </span>
      </p>
      <ProbabilityBar probability={item.probability} />
      <details className="differential-bar__why">
        <summary>
          {t('differential.why')}
          <span className="visually-hidden">
            {' '}
            {t('differential.whyFor', { diagnosis: item.label })}
          </span>
        </summary>
        <p>{t('differential.whyLead', { probability: percent })}</p>
        <SupportByTierList support={item.support} />
        <p data-testid="first-choices">
          {t('differential.firstChoices', { count: item.firstChoices })}
        </p>
      </details>
    </li>
  );
}

/**
 * Candidates backed only by members with no credential and no confirmed hit: listed without rank
 * or probability, so that new accounts cannot set the lead others see.
 */
function PendingList({ items }: { items: PendingDifferentialItem[] }) {
  const { t } = useTranslation();
  return (
    <div className="differential-pending" data-testid="differential-pending">
      <h3>{t('differential.pendingHeading')}</h3>
      <p>{t('differential.pendingLead')}</p>
      <ul>
        {items.map((item) => (
          <li key={item.candidateId} data-testid="pending-item">
            <span className="differential-pending__label">
              {item.label}
              {item.concept === null ? null : <ConceptCode id={item.concept.id} />}
            </span>
            <SupportByTierList support={item.support} onlyBacking />
          </li>
        ))}
      </ul>
    </div>
  );
}

export function DifferentialChart({
  items,
  pending = [],
  label,
}: {
  items: DifferentialItem[];
  pending?: PendingDifferentialItem[];
  label: string;
}) {
  const { t } = useTranslation();
  if (items.length === 0 && pending.length === 0) {
    return <p className="empty-state">{t('differential.empty')}</p>;
  }
  return (
    <>
      {items.length === 0 ? (
        <p className="empty-state" data-testid="differential-awaiting">
          {t('differential.onlyPending')}
        </p>
      ) : (
        <ol className="differential-chart" aria-label={label}>
          {items.map((item) => (
            <DifferentialBar key={item.candidateId} item={item} />
          ))}
        </ol>
      )}
      {pending.length === 0 ? null : <PendingList items={pending} />}
    </>
  );
}
