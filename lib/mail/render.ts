// Notification email: a plain-text and an HTML part with the same words and a link back. It carries only the
// notice's title and sentence, never evidence content (file bytes, titles, notes or URLs): those stay behind
// sign-in.
export interface EmailItem {
  title: string
  body: string
  href: string
}

export interface RenderedEmail {
  subject: string
  text: string
  html: string
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** An absolute link into the app; only app paths are linked, so a stored href can never point elsewhere. */
export function appLink(appUrl: string, href: string) {
  const path = href.startsWith('/') && !href.startsWith('//') ? href : '/'
  return new URL(path, appUrl.endsWith('/') ? appUrl : `${appUrl}/`).toString()
}

export function renderEmail({
  organizationName,
  recipientName,
  items,
  appUrl,
  digestDate,
}: {
  organizationName: string
  recipientName: string
  items: EmailItem[]
  appUrl: string
  /** Set for the daily digest: one email listing every item. */
  digestDate?: string
}): RenderedEmail {
  const subject = digestDate
    ? `[Keyproof] ${items.length} update${items.length === 1 ? '' : 's'} for ${digestDate} — ${organizationName}`
    : `[Keyproof] ${items[0].title}`
  const preferences = appLink(appUrl, '/settings/notifications')
  const intro = digestDate ? `Here is what happened in ${organizationName} since your last digest.` : ''
  const text = [
    `Hello ${recipientName},`,
    '',
    ...(intro ? [intro, ''] : []),
    ...items.flatMap((i) => [digestDate ? `* ${i.title}` : i.title, `  ${i.body}`, `  ${appLink(appUrl, i.href)}`, '']),
    '--',
    `Keyproof · ${organizationName}`,
    `Choose what you are emailed about: ${preferences}`,
    '',
  ].join('\n')
  const html = [
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;font-size:14px">',
    `<p>Hello ${escapeHtml(recipientName)},</p>`,
    ...(intro ? [`<p>${escapeHtml(intro)}</p>`] : []),
    '<ul style="padding-left:1.2em">',
    ...items.map(
      (i) =>
        `<li style="margin-bottom:12px"><strong>${escapeHtml(i.title)}</strong><br>${escapeHtml(i.body)}<br>` +
        `<a href="${escapeHtml(appLink(appUrl, i.href))}" style="color:#075985">Open in Keyproof</a></li>`,
    ),
    '</ul>',
    `<p style="color:#475569;font-size:12px">Keyproof · ${escapeHtml(organizationName)} · ` +
      `<a href="${escapeHtml(preferences)}" style="color:#475569">Choose what you are emailed about</a></p>`,
    '</body></html>',
  ].join('\n')
  return { subject, text, html }
}
