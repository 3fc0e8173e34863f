/*
 * TargetFlow: Tasklist's search and sort widgets translate their words once, when they are drawn. When
 * they are drawn before the Chinese file has arrived, they keep the keys themselves (CREATION_DATE,
 * SEARCH_PLACEHOLDER) for good. So: wait until the translations are there, and if a key is showing by
 * then, draw the view once more, now in Chinese.
 */
const KEYS = ['CREATION_DATE', 'SEARCH_PLACEHOLDER'];

function showsAKey() {
  const placeholders = Array.from(document.querySelectorAll('input[placeholder]')).map((i) => i.placeholder);
  return KEYS.some((key) => placeholders.includes(key) || document.body.innerText.includes(key));
}

(function redrawOnceTranslated(tries) {
  const angular = window.angular;
  const root = document.querySelector('.ng-scope');
  const injector = angular && root && angular.element(root).injector();
  const $translate = injector && injector.has('$translate') && injector.get('$translate');
  if ($translate && KEYS.every((key) => $translate.instant(key) !== key)) {
    // Translated: what is drawn from now on is right; what was drawn before may still show a key.
    setTimeout(() => {
      if (showsAKey() && injector.has('$route')) {
        injector.get('$rootScope').$applyAsync(() => injector.get('$route').reload());
      }
    }, 200);
    return;
  }
  if (tries > 0) {
    setTimeout(() => redrawOnceTranslated(tries - 1), 100);
  }
}(150));

export default [];
