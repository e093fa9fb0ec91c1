// The sign-in fallback when Office's single sign-on cannot give a token: Office's dialog opens /addin/sign-in, which
// signs in with Entra (authorization code with PKCE, see sign-in.js) and messages the token back.

/** Opens the dialog; resolves the access token, rejects with { code: 'cancelled' | 'failed' }. */
export function signInWithDialog(office) {
  const url = new URL('/addin/sign-in', location.origin);
  url.searchParams.set('lang', document.documentElement.lang || 'de');
  return new Promise((resolve, reject) => {
    office.context.ui.displayDialogAsync(url.toString(), { height: 60, width: 30, promptBeforeOpen: false }, (opened) => {
      if (opened.status !== 'succeeded') {
        reject({ code: 'failed' });
        return;
      }
      const dialog = opened.value;
      dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) => {
        dialog.close();
        let message = null;
        try {
          message = JSON.parse(arg.message);
        } catch {
          // Not our message: treated as a failed sign-in below.
        }
        if (typeof message?.token === 'string') resolve(message.token);
        else reject({ code: message?.error === 'cancelled' ? 'cancelled' : 'failed' });
      });
      // The user closed the dialog (12006) or it could not load its page.
      dialog.addEventHandler(office.EventType.DialogEventReceived, () => reject({ code: 'cancelled' }));
    });
  });
}
