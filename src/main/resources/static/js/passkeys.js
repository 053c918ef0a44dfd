"use strict";
// Passkeys: a button with data-passkey="create" or "use" asks the platform for options at
// data-action + "/options", lets the browser create or use the passkey, sends the answer to
// data-action (as a form with the page's CSRF token) and goes where the platform says.
(() => {
  const toBytes = (text) => Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0)).buffer;
  const toText = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer))).replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_");
  const withIds = (list) => (list || []).map((item) => ({ ...item, id: toBytes(item.id) }));

  async function post(url, token, fields) {
    const body = new URLSearchParams({ [token.name]: token.value, ...fields });
    return fetch(url, { method: "POST", body, credentials: "same-origin" });
  }

  async function create(action, token, label) {
    const options = await (await post(action + "/options", token, {})).json();
    const made = await navigator.credentials.create({ publicKey: {
      ...options, challenge: toBytes(options.challenge), user: { ...options.user, id: toBytes(options.user.id) },
      excludeCredentials: withIds(options.excludeCredentials) } });
    const credential = { id: made.id, rawId: toText(made.rawId), type: made.type,
      response: { attestationObject: toText(made.response.attestationObject), clientDataJSON: toText(made.response.clientDataJSON),
        transports: made.response.getTransports ? made.response.getTransports() : [] },
      clientExtensionResults: made.getClientExtensionResults(), authenticatorAttachment: made.authenticatorAttachment };
    return post(action, token, { credential: JSON.stringify({ credential, label }), label });
  }

  async function use(action, token) {
    const options = await (await post(action + "/options", token, {})).json();
    const got = await navigator.credentials.get({ publicKey: {
      ...options, challenge: toBytes(options.challenge), allowCredentials: withIds(options.allowCredentials) } });
    const credential = { id: got.id, rawId: toText(got.rawId), type: got.type,
      response: { authenticatorData: toText(got.response.authenticatorData), clientDataJSON: toText(got.response.clientDataJSON),
        signature: toText(got.response.signature), userHandle: got.response.userHandle ? toText(got.response.userHandle) : undefined },
      clientExtensionResults: got.getClientExtensionResults(), authenticatorAttachment: got.authenticatorAttachment };
    return post(action, token, { credential: JSON.stringify(credential) });
  }

  document.querySelectorAll("button[data-passkey]").forEach((button) => {
    const form = button.closest("form");
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      button.click();
    });
    button.addEventListener("click", async () => {
      const token = form.querySelector("input[type=hidden]");
      const error = document.getElementById(button.dataset.error);
      error.hidden = true;
      try {
        const label = form.querySelector("input[name=label]");
        const answer = button.dataset.passkey === "create"
          ? await create(button.dataset.action, token, label ? label.value : "")
          : await use(button.dataset.action, token);
        if (!answer.ok) {
          throw new Error("HTTP " + answer.status);
        }
        window.location.assign((await answer.json()).next);
      } catch (refused) {
        error.hidden = false;
      }
    });
  });
})();
