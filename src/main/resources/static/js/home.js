// The home's chart of cases received per month, stacked by stage; it reads the figures of the table beside it.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('cases-by-month-chart');
  var axis = document.getElementById('cases-by-month-axis');
  if (!el || !axis || typeof echarts === 'undefined') { return; }
  var months = axis.dataset.months ? axis.dataset.months.split(',') : [];
  var colours = { REVIEW: '#0d6efd', AWAITING_ASSIGNMENT: '#e0a800', HANDLING: '#198754', CLOSED: '#343a40', NOT_AIDED: '#adb5bd' };
  var series = Array.prototype.map.call(document.querySelectorAll('#cases-by-month tbody tr'), function (row) {
    return { name: row.dataset.label, type: 'bar', stack: 'cases', barMaxWidth: 28,
      itemStyle: { color: colours[row.dataset.group] },
      emphasis: { focus: 'series' },
      data: row.dataset.values ? row.dataset.values.split(',').map(Number) : [] };
  });
  var chart = echarts.init(el);
  chart.setOption({
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 40, right: 12, top: 36, bottom: 28, containLabel: true },
    xAxis: { type: 'category', data: months.map(function (m) { return m.substring(2); }) },
    yAxis: { type: 'value', minInterval: 1 },
    series: series
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
