// The key that recognises the same article at two addresses: scheme, "www.", the fragment, default ports,
// trailing slashes and tracking parameters (utm_*, fbclid, …) do not make a different article.

const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|yclid|msclkid|mc_cid|mc_eid|ocid|cmpid|icid|ncid|_ga|_gl|igshid|ref|ref_src|ref_url|share|smid|sr_share|s_cid|CMP|taid|at_medium|at_campaign|guccounter|guce_referrer\w*|spm|from|rss|rssfeed)$/i;

export function urlKey(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const host = url.hostname.toLowerCase().replace(/^(www\d?|m|amp|mobile)\./, '');
  const params = [...url.searchParams.entries()].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  const pathname = url.pathname.replace(/\/(index\.html?|amp)?$/i, '') || '/';
  return `${host}${url.port ? `:${url.port}` : ''}${pathname}${query}`;
}

/** The host without "www.", as a last-resort outlet name. */
export function hostName(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    return new URL(raw).hostname.toLowerCase().replace(/^www\d?\./, '') || undefined;
  } catch {
    return undefined;
  }
}
