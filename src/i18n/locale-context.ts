import { createContext } from "react";
import type { Locale } from "../core/locale/locales";

/**
 * The language of what is rendered: given by the `/:lang` route (src/app/routes.tsx) or, on a
 * prerendered article, by the page itself (src/features/docs/islands.tsx). A context rather than
 * the router's params, so that the article's parts hydrate without the router.
 */
export const LocaleContext = createContext<Locale | null>(null);
