/*
 * The site menu (issue 8), templates/base.ftlh: a <details> whose summary "Menu" shows on narrow screens only.
 * On wide screens site.css hides the summary and shows the list; in browsers without ::details-content the
 * list of a closed <details> cannot be shown by CSS, so this opens it on wide screens and closes it again when
 * the screen becomes narrow. Escape closes the open menu on a phone and gives the focus back to its toggle.
 */
(function () {
  'use strict';
  function start() {
    var menu = document.querySelector('[data-site-menu]');
    if (!menu || !window.matchMedia) return;
    var wide = window.matchMedia('(min-width: 48rem)');
    var sync = function () { menu.open = wide.matches; };
    sync();
    if (wide.addEventListener) wide.addEventListener('change', sync);
    menu.addEventListener('keydown', function (event) {
      if ((event.key === 'Escape' || event.key === 'Esc') && menu.open && !wide.matches) {
        menu.open = false;
        menu.querySelector('summary').focus();
      }
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
