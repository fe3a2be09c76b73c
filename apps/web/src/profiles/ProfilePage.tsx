// A member's public profile: name, handle, public tiers, verified credentials, country and
// since when, their track record by specialty; for moderators, their suspension and the
// controls to change it.
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Role } from '@consilium/core';
import { ApiProblem } from '../api/client';
import { BadgeList } from '../credentials/BadgeList';
import { LoadingStatus } from '../feedback/LoadingStatus';
import { ProblemNotice } from '../feedback/ProblemNotice';
import { usePageTitle } from '../feedback/usePageTitle';
import { ReputationPanel } from '../outcomes/ReputationPanel';
import { NotFoundPage } from '../shell/NotFoundPage';
import { usePublicProfile } from './profileQueries';
import { SuspensionControls } from './SuspensionControls';

export function ProfilePage() {
  const { t, i18n } = useTranslation();
  const tierName = (tier: Role): string => {
    switch (tier) {
      case 'patient':
        return t('profile.tierPatient');
      case 'detective':
        return t('profile.tierDetective');
      case 'student':
        return t('profile.tierStudent');
      case 'professional':
        return t('profile.tierProfessional');
      case 'moderator':
        return t('profile.tierModerator');
      case 'admin':
        return t('profile.tierAdmin');
    }
  };
  const handle = useParams().handle ?? '';
  const profile = usePublicProfile(handle);
  usePageTitle(profile.data?.displayName ?? t('profile.heading'));

  if (profile.isPending) return <LoadingStatus message={t('profile.loading')} />;
  if (profile.isError) {
    if (profile.error instanceof ApiProblem && profile.error.status === 404)
      return <NotFoundPage />;
    return (
      <ProblemNotice
        summary={t('profile.loadFailed')}
        error={profile.error}
        onRetry={() => {
          void profile.refetch();
        }}
      />
    );
  }
  const member = profile.data;
  const country =
    member.country === null
      ? null
      : (new Intl.DisplayNames([i18n.language], { type: 'region' }).of(member.country) ??
        member.country);
  return (
    <section className="page page--narrow profile">
      <h1>{member.displayName}</h1>
      <p className="profile__handle">
        @{member.handle}
        {member.moderation?.isSuspended ? (
          <>
            {' '}
            <span className="badge badge--suspended">{t('suspension.isSuspended')}</span>
          </>
        ) : null}
      </p>
      {member.badges.length === 0 ? null : (
        <section className="profile__badges" aria-labelledby="profile-badges">
          <h2 id="profile-badges">{t('profile.badgesHeading')}</h2>
          <BadgeList badges={member.badges} label={t('profile.badgesHeading')} />
        </section>
      )}
      <dl className="profile__facts">
        {member.tiers.length === 0 ? null : (
          <>
            <dt>{t('profile.tiers')}</dt>
            <dd>{member.tiers.map((tier) => tierName(tier)).join(', ')}</dd>
          </>
        )}
        {country === null ? null : (
          <>
            <dt>{t('profile.country')}</dt>
            <dd>{country}</dd>
          </>
        )}
        <dt>{t('profile.memberSince')}</dt>
        <dd>
          {new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(
            new Date(member.memberSince),
          )}
        </dd>
      </dl>
      <ReputationPanel handle={member.handle} />
      {member.moderation === null ? null : (
        <SuspensionControls handle={member.handle} moderation={member.moderation} />
      )}
    </section>
  );
}
