import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { Outlet } from "react-router";

/**
 * Layout of the pages that work on a blueprint (Diagnose, Upgrade). Loaded with them, so the
 * article's first load does not carry react-query. Queries here are local work (worker
 * analysis, storage), never network.
 */
export default function QueryLayout() {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: { retry: false, refetchOnWindowFocus: false, networkMode: "always" },
        },
      }),
  );
  return (
    <QueryClientProvider client={client}>
      <Outlet />
    </QueryClientProvider>
  );
}
