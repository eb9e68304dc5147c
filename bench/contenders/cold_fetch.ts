// c: the same request with plain fetch.
const { orgUrl, token } = JSON.parse(Deno.args[0]);
const response = await fetch(`${orgUrl}/api/v1/users/me`, {
  headers: { Authorization: `SSWS ${token}`, Accept: "application/json" },
});
const me = await response.json();
if (!me.id) Deno.exit(1);
