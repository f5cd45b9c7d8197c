import { lazy, type ComponentType } from "react";

export interface LazyPage {
  (): React.JSX.Element;
  /** Downloads the page's chunk; once done, the page renders without suspending. */
  preload(): Promise<void>;
}

/**
 * A page in its own chunk, like React.lazy, that can be loaded ahead: a prerendered page is
 * preloaded before hydration, so hydration never suspends (a click that lands while it is
 * suspended would replace the server HTML with a fallback and lose the reader's place).
 */
export function lazyPage(load: () => Promise<{ default: ComponentType }>): LazyPage {
  let loaded: ComponentType | undefined;
  const remember = () =>
    load().then((module) => {
      loaded = module.default;
      return module;
    });
  const Lazy = lazy(remember);
  const Page = () => {
    const Loaded = loaded;
    return Loaded ? <Loaded /> : <Lazy />;
  };
  Page.preload = () => remember().then(() => undefined);
  return Page;
}
