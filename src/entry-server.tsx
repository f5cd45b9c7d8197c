import { prerenderToNodeStream } from "react-dom/static";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router";
import { routes } from "./app/routes";

/**
 * Build-time render of one address to HTML (scripts/prerender.ts), so that the article is in the
 * served page before any script runs. `prerender` waits for every lazy page and message file.
 */
export async function renderPage(url: string): Promise<string> {
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(url));
  if (context instanceof Response) throw new Error(`${url} redirects; prerender a page instead`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const { prelude } = await prerenderToNodeStream(
    // hydrate={false}: no inline data script (the CSP forbids inline scripts; there are no loaders)
    <StaticRouterProvider router={router} context={context} hydrate={false} />,
    // Never outline a large Suspense boundary: revealing it would need an inline script.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString("utf8");
}
