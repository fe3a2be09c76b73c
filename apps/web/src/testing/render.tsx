// Renders the app (or a page of it) into happy-dom with react-dom and act(), and offers the few
// DOM queries and user actions the component tests need.
import { act, StrictMode } from 'react';
import type { ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { MemoryRouter, useLocation } from 'react-router';
import { AppProviders } from '../App';
import { AppRoutes } from '../AppRoutes';
import { createQueryClient } from '../api/queryClient';

const mounted: { root: Root; container: HTMLElement }[] = [];

export interface Rendered {
  container: HTMLElement;
  /** The router's current path and query, e.g. "/cases/1". */
  location: () => string;
}

function LocationProbe({ onChange }: { onChange: (path: string) => void }) {
  const location = useLocation();
  onChange(location.pathname + location.search);
  return null;
}

export interface RenderOptions {
  /** Start with answers already cached. */
  queryClient?: QueryClient;
  /** Mount under <StrictMode> at the root, as main.tsx does: effects run twice on mount. */
  strictMode?: boolean;
}

/** Mounts any element inside the app's providers and a memory router at `path`. */
export async function renderWithApp(
  ui: ReactNode,
  path = '/',
  options: RenderOptions = {},
): Promise<Rendered> {
  const queryClient = options.queryClient ?? createQueryClient({ retries: 0 });
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  mounted.push({ root, container });
  let current = path;
  await act(async () => {
    const tree = (
      <AppProviders queryClient={queryClient}>
        <MemoryRouter initialEntries={[path]}>
          <LocationProbe
            onChange={(next) => {
              current = next;
            }}
          />
          {ui}
        </MemoryRouter>
      </AppProviders>
    );
    root.render(options.strictMode ? <StrictMode>{tree}</StrictMode> : tree);
    await Promise.resolve();
  });
  return { container, location: () => current };
}

/** Mounts the whole app at `path`, as a visitor's browser would open it. */
export function renderApp(path: string): Promise<Rendered> {
  return renderWithApp(<AppRoutes />, path);
}

export function unmountAll(): void {
  for (const { root, container } of mounted.splice(0)) {
    act(() => {
      root.unmount();
    });
    container.remove();
  }
}

/** Retries `check` while React and pending fetches settle; fails with its last error. */
export async function waitFor<T>(check: () => T, timeoutMs = 2000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
      });
    }
  }
}

function textOf(element: Element): string {
  return element.textContent.replace(/\s+/g, ' ').trim();
}

/** The button whose accessible name (aria-label, else its text) is exactly `name`. */
export function getButton(container: ParentNode, name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find(
    (button) => (button.getAttribute('aria-label') ?? textOf(button)) === name,
  );
  if (!found) throw new Error(`No button named "${name}"`);
  return found;
}

/** The form control labelled exactly `label`. */
export function getField(container: ParentNode, label: string): HTMLInputElement {
  const labelElement = [...container.querySelectorAll('label')].find(
    (element) => textOf(element) === label,
  );
  const control = labelElement?.htmlFor ? document.getElementById(labelElement.htmlFor) : null;
  if (!(control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement)) {
    throw new Error(`No field labelled "${label}"`);
  }
  return control as HTMLInputElement;
}

/** The <select> labelled exactly `label`. */
export function getSelect(container: ParentNode, label: string): HTMLSelectElement {
  const labelElement = [...container.querySelectorAll('label')].find(
    (element) => textOf(element) === label,
  );
  const control = labelElement?.htmlFor ? document.getElementById(labelElement.htmlFor) : null;
  if (!(control instanceof HTMLSelectElement)) throw new Error(`No select labelled "${label}"`);
  return control;
}

/** The link whose text is exactly `name`. */
export function getLink(container: ParentNode, name: string): HTMLAnchorElement {
  const found = [...container.querySelectorAll('a')].find((anchor) => textOf(anchor) === name);
  if (!found) throw new Error(`No link named "${name}"`);
  return found;
}

/** The text of the elements an element's aria-describedby points to. */
export function descriptionOf(element: Element): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => textOf(document.getElementById(id) ?? element)).join(' ');
}

export function getByText(container: ParentNode, text: string): Element {
  const found = [...container.querySelectorAll('*')].find(
    (element) => element.children.length === 0 && textOf(element) === text,
  );
  if (!found) throw new Error(`No element with text "${text}"`);
  return found;
}

/**
 * Types into a controlled input the way a browser does, so React sees the change: through the
 * prototype's value setter, which React does not intercept.
 */
export async function typeInto(field: HTMLInputElement, value: string): Promise<void> {
  const prototype = Object.getPrototypeOf(field) as object;
  await act(async () => {
    Reflect.set(prototype, 'value', value, field);
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await Promise.resolve();
  });
}

/** Picks an option of a <select> as a person would, so React sees the change. */
export async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(async () => {
    Reflect.set(HTMLSelectElement.prototype, 'value', value, select);
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await Promise.resolve();
  });
}

export async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    element.click();
    await Promise.resolve();
  });
}

/** Picks a file in a file input as a person would, so React sees the change. */
export async function chooseFile(input: HTMLInputElement, file: File): Promise<void> {
  await act(async () => {
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await Promise.resolve();
  });
}
