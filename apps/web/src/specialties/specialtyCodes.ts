// A choice of specialties as a form holds it: one string of codes joined by commas (codes never
// contain commas), so a picker binds like any other field.

export function specialtyCodesOf(value: string): string[] {
  return value === '' ? [] : value.split(',');
}

export function joinSpecialtyCodes(codes: readonly string[]): string {
  return codes.join(',');
}
