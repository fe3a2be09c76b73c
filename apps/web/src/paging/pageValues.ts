// The paging form's values and the body the shared schema checks: a blank message is left out.
import { PageBodySchema } from '@consilium/api';
import type { PageBody } from '@consilium/api';
import type { FormSchema } from '../forms/fieldProblems';

export type PageValues = Record<'specialty' | 'message', string>;

export const EMPTY_PAGE: PageValues = { specialty: '', message: '' };

export const pageSchema: FormSchema<PageBody> = {
  safeParse: (values) => {
    const { specialty, message } = values as PageValues;
    return PageBodySchema.safeParse({
      specialty,
      message: message.trim() === '' ? undefined : message,
    });
  },
};
