// Draws the managers' dashboard from the figures embedded in the page: the JSON of
// GET /api/metrics/dashboard. Text goes in with textContent only, never as markup.
(function () {
  'use strict';

  const page = JSON.parse(document.getElementById('figures').textContent);
  const figures = page.figures;
  const choices = page.choices;

  // Statuses still on their way; the others have ended one way or another.
  const IN_PIPELINE = ['SCREENING', 'IN_REVISION', 'DUE_DILIGENCE', 'INTERNAL_APPROVAL',
    'DONOR_APPROVAL', 'MOU_SIGNING'];
  const RATINGS = ['MET', 'ON_TRACK', 'CONSTRAINED', 'NO_PROGRESS'];
  const COLOURS = {
    brand: '#005fa3', light: '#7fb2d9', warn: '#b4441e', amber: '#d98e04', green: '#2e7d32',
    teal: '#00838f', grey: '#9aa7b4',
    rating: { MET: '#2e7d32', ON_TRACK: '#7cb342', CONSTRAINED: '#d98e04', NO_PROGRESS: '#b4441e' },
  };

  const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  const count = new Intl.NumberFormat('en-US');
  const days = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

  function percent(value) { return days.format(value) + ' %'; }

  // Names the plain rule below would spell wrong.
  const LABELS = { MOU_SIGNING: 'MoU signing', signMouAgency: 'Sign MoU (agency)',
    signMouPartner: 'Sign MoU (partner)' };

  // AFFORDABLE_CONNECTIVITY -> Affordable connectivity; screenProposal -> Screen proposal
  function words(name) {
    if (LABELS[name]) {
      return LABELS[name];
    }
    const spaced = name.includes('_')
      ? name.toLowerCase().replace(/_/g, ' ')
      : name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    return spaced.charAt(0).toUpperCase() + spaced.slice(1);
  }
  function donorName(code) {
    return choices.donors[code] ? choices.donors[code] + ' (' + code + ')' : code;
  }

  function fillFilters() {
    const params = new URLSearchParams(window.location.search);
    function options(select, values, label) {
      values.forEach(function (value) {
        const option = document.createElement('option');
        option.value = value;
        option.textContent = label(value);
        select.appendChild(option);
      });
    }
    options(document.getElementById('priority'), choices.priorities, words);
    options(document.getElementById('region'), choices.regions, words);
    options(document.getElementById('donor'), Object.keys(choices.donors), donorName);
    ['from', 'to', 'priority', 'region', 'donor'].forEach(function (name) {
      if (params.get(name)) {
        document.getElementById(name).value = params.get(name);
      }
    });
    const asOf = document.getElementById('as-of');
    asOf.dateTime = figures.asOf;
    asOf.textContent = new Date(figures.asOf).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  }

  function figure(name, text) {
    document.querySelector('[data-figure="' + name + '"]').textContent = text;
  }

  function tiles() {
    const byStatus = figures.pipeline.byStatus;
    const inPipeline = IN_PIPELINE.reduce(function (sum, status) {
      return { agreements: sum.agreements + byStatus[status].agreements,
        value: sum.value + Number(byStatus[status].valueUsd) };
    }, { agreements: 0, value: 0 });
    figure('inPipeline', count.format(inPipeline.agreements));
    figure('inPipelineUsd', usd.format(inPipeline.value) + ' under negotiation');

    const mobilized = Object.values(figures.pipeline.mobilizedByPriority).reduce(function (sum, f) {
      return { agreements: sum.agreements + f.agreements, value: sum.value + Number(f.valueUsd) };
    }, { agreements: 0, value: 0 });
    figure('mobilizedUsd', usd.format(mobilized.value));
    figure('mobilizedAgreements', count.format(mobilized.agreements) + ' agreements');

    const toActive = figures.cycleTimes.proposalToActive;
    figure('medianToActive', toActive.count ? days.format(toActive.medianDays) + ' days' : '–');
    figure('p90ToActive', toActive.count
      ? '90th percentile ' + days.format(toActive.p90Days) + ' days, ' + count.format(toActive.count) + ' agreements'
      : 'no agreement has reached ACTIVE yet');

    // By donor, each task counts once (by group, a task of two groups would count twice).
    const donors = Object.values(figures.bottlenecks.byDonor);
    const open = donors.reduce(function (sum, load) { return sum + load.openTasks; }, 0);
    const overdue = donors.reduce(function (sum, load) { return sum + load.overdueTasks; }, 0);
    const reports = donors.reduce(function (sum, load) { return sum + load.overdueReports; }, 0);
    figure('overdueTasks', count.format(overdue));
    figure('openTasks', 'of ' + count.format(open) + ' open tasks');
    figure('overdueReports', count.format(reports));
  }

  function rows(tableId, cells, empty) {
    const body = document.querySelector('#' + tableId + ' tbody');
    if (cells.length === 0) {
      const row = body.insertRow();
      const cell = row.insertCell();
      cell.colSpan = document.querySelectorAll('#' + tableId + ' thead th').length;
      cell.className = 'empty';
      cell.textContent = empty;
      return;
    }
    cells.forEach(function (values) {
      const row = body.insertRow();
      if (values.className) {
        row.className = values.className;
      }
      values.cells.forEach(function (value, i) {
        const cell = row.insertCell();
        cell.textContent = value;
        if (values.numeric && values.numeric[i]) {
          cell.className = 'num';
        }
      });
      row.dataset.key = values.key;
    });
  }

  Chart.defaults.datasets.bar.maxBarThickness = 48;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;

  // An empty chart draws bare axes ("$0 $0 $1"): a sentence says it better.
  function chart(id, config) {
    const canvas = document.getElementById(id);
    if (!config.data.datasets.some(function (d) { return d.data.some(function (v) { return v; }); })) {
      const empty = document.createElement('p');
      empty.className = 'chart-empty';
      empty.textContent = 'Nothing to show yet for these filters.';
      canvas.parentElement.replaceWith(empty);
      return null;
    }
    config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false },
      config.options || {});
    return new Chart(canvas, config);
  }

  function usdAxis() {
    return { beginAtZero: true, ticks: { callback: function (v) { return usd.format(v); } } };
  }

  function pipeline() {
    const statuses = Object.keys(figures.pipeline.byStatus);
    chart('chart-pipeline', {
      type: 'bar',
      data: {
        labels: statuses.map(words),
        datasets: [
          { label: 'Agreements', data: statuses.map(function (s) { return figures.pipeline.byStatus[s].agreements; }),
            backgroundColor: COLOURS.brand, yAxisID: 'agreements' },
          { label: 'Value (USD)', data: statuses.map(function (s) { return Number(figures.pipeline.byStatus[s].valueUsd); }),
            backgroundColor: COLOURS.light, yAxisID: 'value' },
        ],
      },
      options: {
        scales: {
          agreements: { position: 'left', beginAtZero: true, ticks: { precision: 0 },
            title: { display: true, text: 'agreements' } },
          value: Object.assign(usdAxis(), { position: 'right', grid: { drawOnChartArea: false } }),
        },
      },
    });
    rows('table-pipeline', statuses.map(function (s) {
      const f = figures.pipeline.byStatus[s];
      return { key: s, cells: [words(s), count.format(f.agreements), usd.format(Number(f.valueUsd))],
        numeric: [false, true, true] };
    }), '');
  }

  function mobilizedBar(id, byLabel, label, horizontal) {
    const keys = Object.keys(byLabel);
    chart(id, {
      type: 'bar',
      data: {
        labels: keys.map(label),
        datasets: [{ label: 'Mobilized (USD)', backgroundColor: COLOURS.teal,
          data: keys.map(function (k) { return Number(byLabel[k].valueUsd); }) }],
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        plugins: { legend: { display: false } },
        scales: horizontal ? { x: usdAxis() } : { y: usdAxis() },
      },
    });
  }

  function mobilized() {
    mobilizedBar('chart-mobilized-month', figures.pipeline.mobilizedByMonth, function (m) { return m; }, false);
    mobilizedBar('chart-mobilized-priority', figures.pipeline.mobilizedByPriority, words, true);
    mobilizedBar('chart-mobilized-region', figures.pipeline.mobilizedByRegion, words, true);
    mobilizedBar('chart-mobilized-donor', figures.pipeline.mobilizedByDonor, donorName, true);
  }

  function spreadChart(id, spreads, label) {
    const keys = Object.keys(spreads);
    chart(id, {
      type: 'bar',
      data: {
        labels: keys.map(label),
        datasets: [
          { label: 'Median', backgroundColor: COLOURS.brand,
            data: keys.map(function (k) { return spreads[k].medianDays; }) },
          { label: '90th percentile', backgroundColor: COLOURS.light,
            data: keys.map(function (k) { return spreads[k].p90Days; }) },
        ],
      },
      options: { indexAxis: 'y', scales: { x: { beginAtZero: true, title: { display: true, text: 'days' } } } },
    });
  }

  function cycleTimes() {
    const stages = figures.cycleTimes.stages;
    // A year ACTIVE would dwarf days of screening: the chart is the road to signature.
    const pipelineStages = {};
    Object.keys(stages).filter(function (s) { return IN_PIPELINE.includes(s); })
      .forEach(function (s) { pipelineStages[s] = stages[s]; });
    spreadChart('chart-stages', pipelineStages, words);
    spreadChart('chart-tasks', figures.cycleTimes.tasks, words);
    rows('table-stages', Object.keys(stages).map(function (s) {
      return { key: s, cells: [words(s), count.format(stages[s].count), days.format(stages[s].medianDays),
        days.format(stages[s].p90Days)], numeric: [false, true, true, true] };
    }), 'No stage has been completed yet.');
  }

  function loadChart(id, byLabel, label) {
    const keys = Object.keys(byLabel);
    chart(id, {
      type: 'bar',
      data: {
        labels: keys.map(label),
        datasets: [
          { label: 'Open tasks', backgroundColor: COLOURS.grey,
            data: keys.map(function (k) { return byLabel[k].openTasks; }) },
          { label: 'Overdue tasks', backgroundColor: COLOURS.warn,
            data: keys.map(function (k) { return byLabel[k].overdueTasks; }) },
          { label: 'Overdue reports', backgroundColor: COLOURS.amber,
            data: keys.map(function (k) { return byLabel[k].overdueReports; }) },
        ],
      },
      options: { indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
  }

  function bottlenecks() {
    rows('table-oldest', figures.bottlenecks.oldestOpenTasks.map(function (task) {
      return {
        key: task.taskId,
        className: task.overdue ? 'overdue' : '',
        cells: [task.taskName || words(task.taskKey), task.reference, donorName(task.donor), task.candidateGroups || '',
          task.assignee || '', days.format(task.ageDays),
          task.dueAt ? new Date(task.dueAt).toLocaleDateString('en-CA') + (task.overdue ? ' (overdue)' : '') : ''],
        numeric: [false, false, false, false, false, true, false],
      };
    }), 'No open task.');
    loadChart('chart-load-group', figures.bottlenecks.byGroup, function (g) { return g; });
    loadChart('chart-load-donor', figures.bottlenecks.byDonor, donorName);
  }

  function results() {
    const priorities = Object.keys(figures.results);
    chart('chart-results', {
      type: 'bar',
      data: {
        labels: priorities.map(words),
        datasets: RATINGS.map(function (rating) {
          return { label: words(rating), backgroundColor: COLOURS.rating[rating],
            data: priorities.map(function (p) { return figures.results[p].percent[rating]; }) };
        }),
      },
      options: { indexAxis: 'y', scales: { x: { stacked: true, max: 100, title: { display: true, text: '% of indicators' } },
        y: { stacked: true } } },
    });
  }

  function rates() {
    const stages = Object.keys(figures.rates);
    chart('chart-rates', {
      type: 'bar',
      data: {
        labels: stages.map(words),
        datasets: [
          { label: 'Approved', backgroundColor: COLOURS.green,
            data: stages.map(function (s) { return figures.rates[s].approvalRate; }) },
          { label: 'Rejected', backgroundColor: COLOURS.warn,
            data: stages.map(function (s) { return figures.rates[s].rejectionRate; }) },
          { label: 'Sent back', backgroundColor: COLOURS.amber,
            data: stages.map(function (s) { return figures.rates[s].sendBackRate; }) },
        ],
      },
      options: { indexAxis: 'y', scales: { x: { stacked: true, max: 100, title: { display: true, text: '% of decisions' } },
        y: { stacked: true } } },
    });
    rows('table-rates', stages.map(function (s) {
      const r = figures.rates[s];
      return { key: s, cells: [words(s), count.format(r.decisions), percent(r.approvalRate),
        percent(r.rejectionRate), percent(r.sendBackRate)], numeric: [false, true, true, true, true] };
    }), 'No decision yet.');
  }

  fillFilters();
  tiles();
  pipeline();
  mobilized();
  cycleTimes();
  bottlenecks();
  results();
  rates();
  document.body.dataset.drawn = 'true';
}());
