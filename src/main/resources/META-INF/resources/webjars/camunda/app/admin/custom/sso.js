/*
 * TargetFlow: one sign-in for the app and the Camunda webapps. The webapps' own login view is
 * never used: whenever they route to it (after "sign out", or when the session has ended), the
 * browser goes to the app's sign-in page instead.
 */
const appRoot = document.querySelector('base').getAttribute('app-root') || '/camunda';
const contextPath = appRoot.replace(/\/camunda\/?$/, '');

function leaveWebappLogin() {
  if (window.location.hash.indexOf('#/login') === 0) {
    window.location.replace(contextPath + '/login?logout');
  }
}

window.addEventListener('hashchange', leaveWebappLogin);
leaveWebappLogin();

export default [];
