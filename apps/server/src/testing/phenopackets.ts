// Importing phenopackets through HTTP in tests, finishing the drafts they become, and listing
// what of a packet's diagnosis must never show.
import type { CaseDetail, PatientQuestionnaireDraft } from '@consilium/api';
import type { LightMyRequestResponse } from 'fastify';
import type { Member } from './test-app.js';

export function importPacket(
  member: Member,
  packet: unknown,
  keepOutcome?: boolean,
): Promise<LightMyRequestResponse> {
  return member.request({
    method: 'POST',
    url: '/api/cases/import/phenopacket',
    payload: keepOutcome === undefined ? { packet } : { packet, keepOutcome },
  });
}

/** Fills what an import leaves to the importer (country, question, any missing answer), then publishes. */
export async function completeAndPublish(member: Member, draft: CaseDetail): Promise<CaseDetail> {
  const questionnaire = draft.questionnaire as PatientQuestionnaireDraft;
  const symptoms = questionnaire.symptoms?.symptoms ?? [];
  const completed: PatientQuestionnaireDraft = {
    ...questionnaire,
    about: {
      ageBand: questionnaire.about?.ageBand ?? '30-44',
      sex: questionnaire.about?.sex ?? 'undisclosed',
      country: 'ES',
    },
    symptoms: {
      ...questionnaire.symptoms,
      symptoms: symptoms.length > 0 ? symptoms : [{ description: 'Tiredness' }],
    },
    question: { wantToKnow: 'What single diagnosis explains all of these findings?' },
  };
  const saved = await member.request({
    method: 'PUT',
    url: `/api/cases/${draft.id}/draft`,
    payload: { questionnaire: completed },
  });
  if (saved.statusCode !== 200) throw new Error(`saving the draft failed: ${saved.body}`);
  const published = await member.request({
    method: 'POST',
    url: `/api/cases/${draft.id}/publish`,
    payload: {},
  });
  if (published.statusCode !== 200) throw new Error(`publishing failed: ${published.body}`);
  return published.json<CaseDetail>();
}

interface DiseaseTerm {
  id?: unknown;
  label?: unknown;
}

/** The ids and labels of a packet's diseases and interpretations' diagnoses. */
export function diagnosisTermsOf(packet: {
  diseases?: { term?: DiseaseTerm }[];
  interpretations?: { diagnosis?: { disease?: DiseaseTerm } }[];
}): string[] {
  const terms = [
    ...(packet.diseases ?? []).map((disease) => disease.term),
    ...(packet.interpretations ?? []).map((interpretation) => interpretation.diagnosis?.disease),
  ];
  return [
    ...new Set(
      terms.flatMap((term) =>
        [term?.id, term?.label].filter(
          (value): value is string => typeof value === 'string' && value.trim() !== '',
        ),
      ),
    ),
  ];
}

/** The terms of `secrets` that a response body contains, case aside. */
export function leakedIn(body: string, secrets: readonly string[]): string[] {
  const text = body.toLowerCase();
  return secrets.filter((secret) => text.includes(secret.toLowerCase()));
}
