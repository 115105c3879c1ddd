// Draws every chart of a page with ECharts. The server writes each chart's complete ECharts
// option, in the page's language, as JSON in the element's data-chart attribute; nothing here
// knows what a chart shows. The table beside each chart carries the same figures.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') {
    return;
  }
  document.querySelectorAll('[data-chart]').forEach(function (element) {
    var option;
    try {
      option = JSON.parse(element.getAttribute('data-chart'));
    } catch (e) {
      return; // the table beside it still shows the figures
    }
    element.hidden = false; // hidden until drawn: without script the table alone stands
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(option);
    if (typeof ResizeObserver !== 'undefined') {
      new ResizeObserver(function () { chart.resize(); }).observe(element);
    }
    element.classList.add('chart--drawn');
  });
})();
