/*
 * TargetFlow: Tasklist's search and sort widgets translate their words once, when they are drawn. When
 * they are drawn before the Chinese file has arrived, they keep the keys themselves (CREATION_DATE,
 * SEARCH_PLACEHOLDER) for good. Once the translations are there and a key is still showing, the view is
 * drawn once more, now in Chinese.
 */
const KEYS = ['CREATION_DATE', 'SEARCH_PLACEHOLDER'];

function showsAKey() {
  const text = document.body ? document.body.innerText : '';
  const placeholders = Array.from(document.querySelectorAll('input[placeholder]')).map((i) => i.placeholder);
  return KEYS.some((key) => text.includes(key) || placeholders.includes(key));
}

(function redrawOnceTranslated(tries) {
  const angular = window.angular;
  const root = document.querySelector('.ng-scope');
  const injector = angular && root && angular.element(root).injector();
  if (injector && injector.has('$translate')) {
    const $translate = injector.get('$translate');
    const ready = KEYS.every((key) => $translate.instant(key) !== key);
    if (ready && showsAKey()) {
      if (injector.has('$route')) {
        injector.get('$rootScope').$applyAsync(() => injector.get('$route').reload());
      }
      return;
    }
    if (ready && document.querySelector('[cam-widget-search], .cam-widget-search') && !showsAKey()) {
      return;
    }
  }
  if (tries > 0) {
    setTimeout(() => redrawOnceTranslated(tries - 1), 100);
  }
}(150));

export default [];
