import { useEffect } from "react";
import { appMessages } from "./app";
import { useT } from "./useT";

/** The tab's title: the page's own, then the app's name, in the route's language. */
export function useDocumentTitle(title: string): void {
  const app = useT(appMessages);
  useEffect(() => {
    document.title = `${title} · ${app("app.name")}`;
  }, [title, app]);
}
