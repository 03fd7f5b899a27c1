// A real OpenID Connect provider for the planner's sign-in tests: the certified
// oidc-provider package with its development login form and two fixed test people.
//
//   node provider.mjs PORT CLIENT_REDIRECT_URI
//
// The planner's client ("planner" / "planner-secret") may only return to the given
// redirect URI (Streamlit's /oauth2callback), which is also where a sign-out lands.
// Prints "ready" on stdout when it listens; the tests then read the discovery document.
import { Provider } from "oidc-provider";

const [port, redirectUri] = process.argv.slice(2);
if (!port || !redirectUri) {
  console.error("usage: node provider.mjs PORT REDIRECT_URI");
  process.exit(2);
}

// Test people only: the login form accepts any password for them, nobody else.
const PEOPLE = {
  anna: { email: "anna@zorggroep.test", name: "Anna de Vries" },
  bram: { email: "bram@zorggroep.test", name: "Bram Jansen" },
  carla: { email: "carla@zorggroep.test", name: "Carla Smit" },
};

const issuer = `http://localhost:${port}`;
const provider = new Provider(issuer, {
  clients: [
    {
      client_id: "planner",
      client_secret: "planner-secret",
      redirect_uris: [redirectUri],
      post_logout_redirect_uris: [redirectUri],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  async findAccount(ctx, id) {
    const person = PEOPLE[id];
    if (!person) return undefined;
    return {
      accountId: id,
      async claims() {
        return { sub: id, email: person.email, email_verified: true, name: person.name };
      },
    };
  },
  // The planner is the provider's own first-party client: no consent screen.
  async loadExistingGrant(ctx) {
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope("openid email profile");
    await grant.save();
    return grant;
  },
  // The claims in the ID token itself, as Entra ID and Google do: Streamlit reads st.user
  // from the ID token and does not call the userinfo endpoint.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ["socialstrategy-test-only"] },
  // Fixed keys are not needed: a fresh signing key per run is what tests want.
});

provider.listen(Number(port), "127.0.0.1", () => {
  console.log("ready");
});
