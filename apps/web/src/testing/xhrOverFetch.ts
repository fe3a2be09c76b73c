// XMLHttpRequest for component tests, carried by fetch: uploads reach the same fetch stubs as
// every other request (and fail the test when none is set), and report their progress in two steps.

interface ProgressLike {
  lengthComputable: boolean;
  loaded: number;
  total: number;
}

type Listener = (() => void) | null;

/** The part of XMLHttpRequest the API client uses. */
export class FetchBackedXhr {
  status = 0;
  statusText = '';
  responseText = '';
  upload: { onprogress: ((event: ProgressLike) => void) | null } = { onprogress: null };
  onload: Listener = null;
  onerror: Listener = null;
  onabort: Listener = null;
  private method = 'GET';
  private url = '';
  private readonly requestHeaders: Record<string, string> = {};
  private responseHeaders = new Headers();
  private isAborted = false;

  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string): void {
    this.requestHeaders[name.toLowerCase()] = value;
  }

  getAllResponseHeaders(): string {
    return [...this.responseHeaders].map(([name, value]) => `${name}: ${value}\r\n`).join('');
  }

  abort(): void {
    this.isAborted = true;
    this.onabort?.();
  }

  send(body: Blob | null = null): void {
    const total = body?.size ?? 0;
    this.upload.onprogress?.({ lengthComputable: true, loaded: Math.floor(total / 2), total });
    this.upload.onprogress?.({ lengthComputable: true, loaded: total, total });
    fetch(this.url, { method: this.method, headers: this.requestHeaders, body }).then(
      async (response) => {
        if (this.isAborted) return;
        this.status = response.status;
        this.statusText = response.statusText;
        this.responseHeaders = response.headers;
        this.responseText = await response.text();
        this.onload?.();
      },
      () => {
        if (!this.isAborted) this.onerror?.();
      },
    );
  }
}
