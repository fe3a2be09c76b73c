// A diagnosis's code ("DOID:11729") after its name, with a space so that it is read as a word.
export function ConceptCode({ id }: { id: string }) {
  return (
    <>
      {' '}
      <span className="concept-code">{id}</span>
    </>
  );
}
