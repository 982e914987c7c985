// A real OpenID Connect provider (oidc-provider) on localhost for the SSO end-to-end tests.
// Its built-in dev login form accepts any login; the login typed in becomes the account's email.
import Provider from 'oidc-provider'

const port = Number(process.env.OIDC_PORT || 3199)
const issuer = `http://localhost:${port}`

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.OIDC_CLIENT_ID || 'keyproof-e2e',
      client_secret: process.env.OIDC_CLIENT_SECRET || 'keyproof-e2e-secret',
      redirect_uris: [process.env.OIDC_REDIRECT_URI || 'http://localhost:3100/api/auth/callback/oidc'],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  conformIdTokenClaims: false, // put email and name in the ID token, as most enterprise IdPs do
  features: { devInteractions: { enabled: true } },
  pkce: { required: () => true },
  async findAccount(_ctx, id) {
    return { accountId: id, claims: async () => ({ sub: id, email: id, email_verified: true, name: id.split('@')[0] }) }
  },
  cookies: { keys: ['keyproof-e2e-oidc-cookie-key'] },
})
provider.proxy = false
provider.listen(port, () => console.log(`[oidc] test provider at ${issuer}`))
