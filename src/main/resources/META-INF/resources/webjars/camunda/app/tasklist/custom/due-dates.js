/*
 * TargetFlow: Tasklist writes dates relative to now ("截止 8 个月前", "3 天后"), which on a phone a
 * reader cannot place. Its relative dates come from angular-moment's am-time-ago, which writes the
 * full date instead once a date is further away than its fullDateThreshold: the threshold is set below
 * any distance, so every such date reads 2026-02-15 17:30, as the app's own pages write it.
 */
function absoluteDates() {
  const angular = window.angular;
  const root = document.querySelector('.ng-scope');
  const injector = angular && root && angular.element(root).injector();
  if (!injector || !injector.has('amTimeAgoConfig')) {
    return false;
  }
  const config = injector.get('amTimeAgoConfig');
  config.fullDateThreshold = -1e12;
  config.fullDateFormat = 'YYYY-MM-DD HH:mm';
  config.fullDateThresholdUnit = 'minute';
  return true;
}

(function waitForTasklist(tries) {
  if (!absoluteDates() && tries > 0) {
    setTimeout(() => waitForTasklist(tries - 1), 50);
  }
}(400));

export default [];
