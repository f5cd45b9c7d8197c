// Modules made at build time by scripts/vite-plugin-articles.ts.
declare module "virtual:article/*" {
  const article: import("./core/docs/article-model").Article;
  export default article;
}
