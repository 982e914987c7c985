/** Where a next step leads. Findings live in the workspace's side panel, on every workspace page. */
export const stepHref = (reviewId: string, href: string) =>
  href === 'scope'
    ? `/reviews/${reviewId}/scope`
    : href.startsWith('findings')
      ? `/reviews/${reviewId}#findings-heading`
      : `/reviews/${reviewId}/${href}`
