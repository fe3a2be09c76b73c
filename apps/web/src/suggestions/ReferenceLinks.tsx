// A suggestion's references as links: a PubMed id to its PubMed page, a web address as itself
// (only http and https become links, whatever the server let through).
import { useTranslation } from 'react-i18next';
import type { Suggestion } from '@consilium/api';

type Reference = Suggestion['references'][number];

export function pubmedUrl(pmid: string): string {
  return `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(pmid)}/`;
}

function webAddress(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function ReferenceLink({ reference }: { reference: Reference }) {
  const { t } = useTranslation();
  if (reference.kind === 'pmid') {
    return (
      <a href={pubmedUrl(reference.value)} rel="noopener noreferrer">
        {t('references.pmid', { id: reference.value })}
      </a>
    );
  }
  const href = webAddress(reference.value);
  return href === null ? (
    <span>{reference.value}</span>
  ) : (
    <a href={href} rel="noopener noreferrer">
      {reference.value}
    </a>
  );
}

export function ReferenceLinks({ references, label }: { references: Reference[]; label: string }) {
  if (references.length === 0) return null;
  return (
    <ul className="reference-links" aria-label={label}>
      {references.map((reference) => (
        <li key={`${reference.kind}:${reference.value}`}>
          <ReferenceLink reference={reference} />
        </li>
      ))}
    </ul>
  );
}
