// A polite status line for work in progress, announced by screen readers.
export function LoadingStatus({ message }: { message: string }) {
  return (
    <p className="loading-status" role="status">
      <span className="loading-status__spinner" aria-hidden="true" />
      {message}
    </p>
  );
}
