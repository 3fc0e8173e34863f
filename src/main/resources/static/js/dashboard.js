// The dashboard's charts (ECharts, served by the app) and its sortable matrix.
// (A file, not inline: the pages' Content-Security-Policy allows scripts from the app only.)
(() => {
  const page = JSON.parse(document.getElementById('dashboard-data').textContent);
  const d = page.dashboard;
  const labels = page.labels;
  function bars(id, names, values, name, colours, pace) {
    const el = document.getElementById(id);
    if (!el) return;
    el.style.height = Math.max(220, names.length * 22 + 60) + 'px';
    const chart = echarts.init(el);
    chart.setOption({
      grid: { left: 8, right: 40, top: 10, bottom: 20, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: v => v + '%' },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      // Long indicator names are cut, so that the bars keep their room on a phone.
      yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 130, overflow: 'truncate' } },
      series: [{ type: 'bar', name, data: values.map((v, i) => ({ value: v, itemStyle: { color: colours ? colours[i] : '#1c4f8a' } })),
                 label: { show: true, position: 'right', formatter: '{c}%' },
                 // Where the year stands: a rate at the line is on course, whatever the month.
                 markLine: pace == null ? undefined : { symbol: 'none', silent: true, lineStyle: { color: '#b4282d', type: 'dashed' },
                   label: { formatter: labels.pace.replace('{0}', pace), position: 'end' }, data: [{ xAxis: pace }] } }]
    });
    window.addEventListener('resize', () => chart.resize());
  }
  bars('chart-totals', d.totals.map(t => t.code + ' ' + t.name), d.totals.map(t => Number(t.rate)), labels.rate, null,
    Number(d.yearElapsed));
  // One colour: completion of the whole year is not a warning light (lights judge against the pace of the year).
  bars('chart-ranking', d.ranking.map(r => r.rank + '. ' + r.unitName + (r.tied ? ' ' + labels.tied : '')), d.ranking.map(r => Number(r.completion)), labels.completion);
  bars('chart-inspections', d.inspections.map(i => i.unitName), d.inspections.map(i => Number(i.passRate)), labels.pass);
  // Sortable matrix: click a heading; click again to reverse.
  document.querySelectorAll('#matrix th[data-sort]').forEach(th => th.addEventListener('click', () => {
    const key = th.dataset.sort, body = document.querySelector('#matrix tbody');
    const column = Array.from(th.parentNode.children).indexOf(th);
    const desc = th.dataset.dir !== 'desc';
    th.dataset.dir = desc ? 'desc' : 'asc';
    const value = tr => key === 'name' ? tr.dataset.name : key === 'completion' ? Number(tr.dataset.completion)
        : Number(tr.children[column].dataset.rate);
    Array.from(body.rows).sort((a, b) => {
      const x = value(a), y = value(b);
      return (x < y ? -1 : x > y ? 1 : 0) * (desc ? -1 : 1);
    }).forEach(tr => body.appendChild(tr));
  }));
})();
