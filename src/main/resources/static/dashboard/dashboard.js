// Draws the managers' dashboard from the figures embedded in the page: the JSON of
// GET /api/metrics/dashboard, with the labels of its codes. Text goes in with textContent only,
// never as markup.
(function () {
  'use strict';

  const page = JSON.parse(document.getElementById('figures').textContent);
  const figures = page.figures;
  const labels = page.labels;

  // Statuses still on their way; the others have ended one way or another.
  const IN_PIPELINE = ['SCREENING', 'IN_REVISION', 'DUE_DILIGENCE', 'INTERNAL_APPROVAL',
    'DONOR_APPROVAL', 'MOU_SIGNING'];
  const RATINGS = ['MET', 'ON_TRACK', 'CONSTRAINED', 'NO_PROGRESS'];
  const AGES = { NOT_YET_DUE: 'Not yet due', DAYS_0_30: '0–30 days overdue', DAYS_31_60: '31–60 days overdue',
    DAYS_61_90: '61–90 days overdue', OVER_90: 'Over 90 days overdue' };
  const OVERDUE_AGES = ['DAYS_0_30', 'DAYS_31_60', 'DAYS_61_90', 'OVER_90'];
  const FLOWS = [
    { key: 'pledgedUsd', label: 'Pledged', colour: '#c3d3e3' },
    { key: 'committedUsd', label: 'Committed', colour: '#8fb3d9' },
    { key: 'receivedUsd', label: 'Received', colour: '#2a7f8a' },
    { key: 'spentUsd', label: 'Spent', colour: '#d98e04' },
    { key: 'balanceUsd', label: 'Balance', colour: '#1f4e79' },
  ];
  const COLOURS = {
    brand: '#1f4e79', light: '#8fb3d9', warn: '#b4441e', amber: '#d98e04', green: '#2e7d32',
    teal: '#2a7f8a', grey: '#9aa7b4',
    rating: { MET: '#2e7d32', ON_TRACK: '#7cb342', CONSTRAINED: '#d98e04', NO_PROGRESS: '#b4441e' },
  };

  const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  const usdShort = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact',
    maximumFractionDigits: 1 });
  const count = new Intl.NumberFormat('en-US');
  const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  const decimal = new Intl.NumberFormat('en-US', oneDecimal);
  const upToOneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

  // "1 agreement", "2 agreements", "1.0 days": English plurals as the number is written.
  const cardinal = new Intl.PluralRules('en-US');
  const cardinalOneDecimal = new Intl.PluralRules('en-US', oneDecimal);
  function plural(n, one, other, rules) {
    return (rules || cardinal).select(n) === 'one' ? one : other;
  }
  function counted(n, one, other) {
    return count.format(n) + ' ' + plural(n, one, other || one + 's');
  }

  function percent(value) { return decimal.format(value) + ' %'; }

  // A duration in days (to the thousandth), as a person says it: "9.0 days", "5.5 hours", "3 minutes".
  function duration(valueDays) {
    const unit = unitFor(valueDays);
    const value = valueDays * unit.perDay;
    if (value < 1 && unit.name === 'minute') {
      return 'under a minute';
    }
    if (unit.name === 'day') {
      return decimal.format(value) + ' ' + plural(value, 'day', 'days', cardinalOneDecimal);
    }
    const rounded = Number(upToOneDecimal.format(value));
    return upToOneDecimal.format(value) + ' ' + plural(rounded, unit.name, unit.name + 's');
  }
  function unitFor(maxDays) {
    if (maxDays >= 1) {
      return { name: 'day', plural: 'days', perDay: 1 };
    }
    if (maxDays * 24 >= 1) {
      return { name: 'hour', plural: 'hours', perDay: 24 };
    }
    return { name: 'minute', plural: 'minutes', perDay: 24 * 60 };
  }

  function label(map, code) {
    return (map && map[code]) || code;
  }
  function stage(code) { return label(labels.stages, code); }
  function task(code) { return label(labels.tasks, code); }
  function group(code) { return label(labels.groups, code); }
  function donorName(code) {
    return labels.donors[code] ? labels.donors[code] + ' (' + code + ')' : code;
  }
  // 2026-05 -> May 2026
  function month(code) {
    const parts = code.split('-');
    return new Date(Date.UTC(Number(parts[0]), Number(parts[1]) - 1, 1))
      .toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  }

  function fillFilters() {
    const params = new URLSearchParams(window.location.search);
    function options(select, byCode) {
      Object.keys(byCode).forEach(function (code) {
        const option = document.createElement('option');
        option.value = code;
        option.textContent = byCode[code];
        select.appendChild(option);
      });
    }
    options(document.getElementById('priority'), labels.priorities);
    options(document.getElementById('region'), labels.regions);
    const donors = {};
    Object.keys(labels.donors).forEach(function (code) { donors[code] = donorName(code); });
    options(document.getElementById('donor'), donors);
    ['from', 'to', 'priority', 'region', 'donor'].forEach(function (name) {
      if (params.get(name)) {
        document.getElementById(name).value = params.get(name);
      }
    });
  }

  // Dates are typed as ISO dates, whatever the browser's language; a wrong one is named beside it.
  function validateDates() {
    const form = document.getElementById('filters');
    function check(name) {
      const input = document.getElementById(name);
      const value = input.value.trim();
      input.value = value;
      if (value === '') {
        return null;
      }
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        return 'Write the date as YYYY-MM-DD, e.g. 2026-03-31.';
      }
      const parts = value.split('-').map(Number);
      const date = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2]));
      if (date.getUTCFullYear() !== parts[0] || date.getUTCMonth() !== parts[1] - 1 || date.getUTCDate() !== parts[2]) {
        return 'There is no such day.';
      }
      return null;
    }
    function show(name, message) {
      const input = document.getElementById(name);
      document.getElementById(name + '-error').textContent = message || '';
      if (message) {
        input.setAttribute('aria-invalid', 'true');
      } else {
        input.removeAttribute('aria-invalid');
      }
    }
    function validate() {
      const errors = { from: check('from'), to: check('to') };
      const from = document.getElementById('from').value;
      const to = document.getElementById('to').value;
      if (!errors.from && !errors.to && from && to && to < from) {
        errors.to = 'Is before the first day (' + from + ').';
      }
      show('from', errors.from);
      show('to', errors.to);
      return !errors.from && !errors.to;
    }
    form.addEventListener('submit', function (event) {
      if (!validate()) {
        event.preventDefault();
        document.querySelector('#filters [aria-invalid]').focus();
      }
    });
    ['from', 'to'].forEach(function (name) {
      document.getElementById(name).addEventListener('change', validate);
    });
  }

  // When the figures were taken, and how often: they are never older than that when served.
  function asOf() {
    const time = document.getElementById('as-of');
    time.dateTime = figures.asOf;
    time.textContent = new Date(figures.asOf).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
    const seconds = figures.refreshSeconds;
    let every;
    if (seconds % 3600 === 0) {
      every = seconds === 3600 ? 'hour' : counted(seconds / 3600, 'hour');
    } else if (seconds % 60 === 0) {
      every = seconds === 60 ? 'minute' : counted(seconds / 60, 'minute');
    } else {
      every = counted(seconds, 'second');
    }
    document.getElementById('refresh-every').textContent = every;
    // A page left open says when its figures may have been refreshed since.
    document.getElementById('reload').href = window.location.href;
    window.setTimeout(function () { document.getElementById('stale').hidden = false; }, seconds * 1000);
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
    figure('inPipelineLabel', plural(inPipeline.agreements, 'agreement', 'agreements') + ' in the pipeline');
    figure('inPipelineUsd', usd.format(inPipeline.value) + ' under negotiation');

    // Funds mobilized are the money received; what was signed for is beside it.
    const money = figures.funds;
    figure('mobilizedUsd', usd.format(Number(money.receivedUsd)));
    figure('committedUsd', 'of ' + usd.format(Number(money.committedUsd)) + ' committed, '
      + usd.format(Number(money.pledgedUsd)) + ' pledged');
    figure('balanceUsd', usd.format(Number(money.balanceUsd)));
    figure('spentUsd', usd.format(Number(money.receivedUsd)) + ' received − '
      + usd.format(Number(money.spentUsd)) + ' spent');
    const pastDue = OVERDUE_AGES.reduce(function (sum, age) {
      return { instalments: sum.instalments + money.receivables[age].instalments,
        value: sum.value + Number(money.receivables[age].usd) };
    }, { instalments: 0, value: 0 });
    figure('overdueReceivablesUsd', usd.format(pastDue.value));
    figure('notYetDueUsd', counted(pastDue.instalments, 'instalment') + ' past due; '
      + usd.format(Number(money.receivables.NOT_YET_DUE.usd)) + ' called, not yet due');

    const toActive = figures.cycleTimes.proposalToActive;
    figure('medianToActive', toActive.count ? duration(toActive.medianDays) : '–');
    figure('p90ToActive', toActive.count
      ? '90th percentile ' + duration(toActive.p90Days) + ', over ' + counted(toActive.count, 'agreement')
      : 'no agreement has become active yet');

    // By donor, each task counts once (by group, a task of two groups would count twice).
    const donors = Object.values(figures.bottlenecks.byDonor);
    const open = donors.reduce(function (sum, load) { return sum + load.openTasks; }, 0);
    const overdue = donors.reduce(function (sum, load) { return sum + load.overdueTasks; }, 0);
    const reports = donors.reduce(function (sum, load) { return sum + load.overdueReports; }, 0);
    figure('overdueTasks', count.format(overdue));
    figure('overdueTasksLabel', plural(overdue, 'overdue task', 'overdue tasks'));
    figure('openTasks', 'of ' + counted(open, 'open task'));
    figure('overdueReports', count.format(reports));
    figure('overdueReportsLabel', plural(reports, 'overdue progress report', 'overdue progress reports'));
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

  Chart.defaults.datasets.bar.maxBarThickness = 36;
  Chart.defaults.datasets.bar.borderRadius = 2;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.font.size = 12;
  Chart.defaults.color = '#4a5868';
  Chart.defaults.borderColor = '#e4e9ef';
  Chart.defaults.plugins.legend.position = 'bottom';
  Chart.defaults.plugins.legend.labels.boxWidth = 12;
  Chart.defaults.plugins.legend.labels.boxHeight = 12;

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

  // Whole dollars at least, written short: $0, $500, $250K, $1.2M.
  function usdAxis() {
    return { beginAtZero: true, suggestedMax: 1000,
      ticks: { precision: 0, callback: function (v) { return usdShort.format(v); } } };
  }
  // Whole counts, 0 to 1 at least.
  function countAxis(title) {
    const axis = { beginAtZero: true, suggestedMax: 1, ticks: { precision: 0 } };
    if (title) {
      axis.title = { display: true, text: title };
    }
    return axis;
  }
  function percentAxis(title) {
    return { stacked: true, min: 0, max: 100, title: { display: true, text: title },
      ticks: { stepSize: 25, callback: function (v) { return v + ' %'; } } };
  }
  function usdTooltip(context) {
    return context.dataset.label + ': ' + usd.format(context.parsed[context.chart.options.indexAxis === 'y' ? 'x' : 'y']);
  }

  function pipeline() {
    const statuses = Object.keys(figures.pipeline.byStatus);
    chart('chart-pipeline', {
      type: 'bar',
      data: {
        labels: statuses.map(stage),
        datasets: [
          { label: 'Agreements', data: statuses.map(function (s) { return figures.pipeline.byStatus[s].agreements; }),
            backgroundColor: COLOURS.brand, yAxisID: 'agreements' },
          { label: 'Value (USD)', data: statuses.map(function (s) { return Number(figures.pipeline.byStatus[s].valueUsd); }),
            backgroundColor: COLOURS.light, yAxisID: 'value' },
        ],
      },
      options: {
        scales: {
          agreements: Object.assign(countAxis('agreements'), { position: 'left' }),
          value: Object.assign(usdAxis(), { position: 'right', grid: { drawOnChartArea: false },
            title: { display: true, text: 'value (USD)' } }),
        },
        plugins: { tooltip: { callbacks: { label: function (context) {
          return context.dataset.yAxisID === 'value' ? usdTooltip(context)
            : counted(context.parsed.y, 'agreement');
        } } } },
      },
    });
    rows('table-pipeline', statuses.map(function (s) {
      const f = figures.pipeline.byStatus[s];
      return { key: s, cells: [stage(s), count.format(f.agreements), usd.format(Number(f.valueUsd))],
        numeric: [false, true, true] };
    }), '');
  }

  // Pledged, committed, received, spent and balance side by side for each group.
  function fundsBar(id, byLabel, labelOf, horizontal) {
    const keys = Object.keys(byLabel);
    chart(id, {
      type: 'bar',
      data: {
        labels: keys.map(labelOf),
        datasets: FLOWS.map(function (flow) {
          return { label: flow.label, backgroundColor: flow.colour,
            data: keys.map(function (k) { return Number(byLabel[k][flow.key]); }) };
        }),
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        plugins: { tooltip: { callbacks: { label: usdTooltip } } },
        scales: horizontal ? { x: usdAxis() } : { y: usdAxis() },
      },
    });
  }

  function funds() {
    const f = figures.funds;
    fundsBar('chart-funds-month', f.byMonth, month, false);
    fundsBar('chart-funds-priority', f.byPriority, function (p) { return label(labels.priorities, p); }, true);
    fundsBar('chart-funds-region', f.byRegion, function (r) { return label(labels.regions, r); }, true);
    fundsBar('chart-funds-donor', f.byDonor, donorName, true);
    rows('table-funds-donor', Object.keys(f.byDonor).map(function (d) {
      const money = f.byDonor[d];
      return { key: d, cells: [donorName(d)].concat(FLOWS.map(function (flow) {
        return usd.format(Number(money[flow.key]));
      })), numeric: [false, true, true, true, true, true] };
    }), 'No money yet for these filters.');

    // Each currency as pledged, its decimal string grouped as written: never through a float.
    rows('table-pledges', figures.pledges.byCurrency.map(function (p) {
      return { key: p.currency, cells: [p.currency, count.format(p.pledges), p.currency + ' ' + grouped(p.pledged)],
        numeric: [false, true, true] };
    }), 'No pledges to opportunities for these filters.');

    const ages = Object.keys(AGES);
    owedChart('chart-receivables', ages.map(function (a) { return AGES[a]; }),
      ages.map(function (a) { return f.receivables[a]; }), 'Outstanding',
      ages.map(function (a) { return a === 'NOT_YET_DUE' ? COLOURS.grey : COLOURS.warn; }));
    rows('table-receivables', ages.map(function (a) {
      const owed = f.receivables[a];
      return { key: a, cells: [AGES[a], count.format(owed.instalments), usd.format(Number(owed.usd))],
        numeric: [false, true, true] };
    }), '');

    const expected = f.expectedReceipts;
    const whens = Object.keys(expected.quarters).map(function (q) {
      return { key: q, label: q.replace('-', ' '), owed: expected.quarters[q] };
    }).concat([{ key: 'later', label: 'Later', owed: expected.later },
      { key: 'undated', label: 'No date yet', owed: expected.undated }]);
    owedChart('chart-expected', whens.map(function (w) { return w.label; }),
      whens.map(function (w) { return w.owed; }), 'Expected', COLOURS.teal);
    rows('table-expected', whens.map(function (w) {
      return { key: w.key, cells: [w.label, count.format(w.owed.instalments), usd.format(Number(w.owed.usd))],
        numeric: [false, true, true] };
    }), '');
  }

  // Instalments still owed, in USD, one bar each.
  function owedChart(id, names, owed, what, colours) {
    chart(id, {
      type: 'bar',
      data: {
        labels: names,
        datasets: [{ label: what, backgroundColor: colours,
          data: owed.map(function (o) { return Number(o.usd); }) }],
      },
      options: {
        plugins: { legend: { display: false }, tooltip: { callbacks: { label: function (context) {
          const o = owed[context.dataIndex];
          return usd.format(Number(o.usd)) + ', ' + counted(o.instalments, 'instalment');
        } } } },
        scales: { y: usdAxis() },
      },
    });
  }

  // "1234567.50" reads "1,234,567.50".
  function grouped(decimalText) {
    const parts = decimalText.split('.');
    return parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (parts.length > 1 ? '.' + parts[1] : '');
  }

  // The ledger and pledges exports take the filters the page shows.
  function ledgerLink() {
    const params = new URLSearchParams(window.location.search);
    const kept = new URLSearchParams();
    ['from', 'to', 'priority', 'region', 'donor'].forEach(function (name) {
      if (params.get(name)) {
        kept.set(name, params.get(name));
      }
    });
    const query = kept.toString();
    document.getElementById('ledger-export').href = '/api/exports/ledger.csv' + (query ? '?' + query : '');
    document.getElementById('pledges-export').href = '/api/exports/pledges.csv' + (query ? '?' + query : '');
  }

  // Durations on an axis of days, or of hours or minutes when every one is shorter than a day or
  // an hour; the axis runs to one unit at least, so that a few minutes never look like a scale.
  function spreadChart(id, spreads, labelOf) {
    const keys = Object.keys(spreads);
    const longest = keys.reduce(function (max, k) { return Math.max(max, spreads[k].p90Days, spreads[k].medianDays); }, 0);
    const unit = unitFor(longest);
    function inUnit(days) { return days * unit.perDay; }
    chart(id, {
      type: 'bar',
      data: {
        labels: keys.map(labelOf),
        datasets: [
          { label: 'Median', backgroundColor: COLOURS.brand,
            data: keys.map(function (k) { return inUnit(spreads[k].medianDays); }) },
          { label: '90th percentile', backgroundColor: COLOURS.light,
            data: keys.map(function (k) { return inUnit(spreads[k].p90Days); }) },
        ],
      },
      options: {
        indexAxis: 'y',
        scales: { x: { beginAtZero: true, suggestedMax: 1, title: { display: true, text: unit.plural },
          ticks: { callback: function (v) { return upToOneDecimal.format(v); } } } },
        plugins: { tooltip: { callbacks: { label: function (context) {
          return context.dataset.label + ': ' + duration(context.parsed.x / unit.perDay);
        } } } },
      },
    });
  }

  // 0.001 days is not "0.0": a stay shorter than the precision says so.
  function days(value) {
    return value > 0 && value < 0.05 ? '< 0.1' : decimal.format(value);
  }

  function cycleTimes() {
    const stages = figures.cycleTimes.stages;
    // A year ACTIVE would dwarf days of screening: the chart is the road to signature.
    const pipelineStages = {};
    Object.keys(stages).filter(function (s) { return IN_PIPELINE.includes(s); })
      .forEach(function (s) { pipelineStages[s] = stages[s]; });
    spreadChart('chart-stages', pipelineStages, stage);
    spreadChart('chart-tasks', figures.cycleTimes.tasks, task);
    rows('table-stages', Object.keys(stages).map(function (s) {
      return { key: s, cells: [stage(s), count.format(stages[s].count), days(stages[s].medianDays),
        days(stages[s].p90Days)], numeric: [false, true, true, true] };
    }), 'No stage has been completed yet.');
  }

  function loadChart(id, byLabel, labelOf) {
    const keys = Object.keys(byLabel);
    chart(id, {
      type: 'bar',
      data: {
        labels: keys.map(labelOf),
        datasets: [
          { label: 'Open tasks', backgroundColor: COLOURS.grey,
            data: keys.map(function (k) { return byLabel[k].openTasks; }) },
          { label: 'Overdue tasks', backgroundColor: COLOURS.warn,
            data: keys.map(function (k) { return byLabel[k].overdueTasks; }) },
          { label: 'Overdue reports', backgroundColor: COLOURS.amber,
            data: keys.map(function (k) { return byLabel[k].overdueReports; }) },
        ],
      },
      options: { indexAxis: 'y', scales: { x: countAxis() } },
    });
  }

  function bottlenecks() {
    rows('table-oldest', figures.bottlenecks.oldestOpenTasks.map(function (open) {
      const groups = (open.candidateGroups || '').split(' ').filter(Boolean).map(group).join(', ');
      return {
        key: open.taskId,
        className: open.overdue ? 'overdue' : '',
        cells: [open.taskName || task(open.taskKey), open.reference, donorName(open.donor), groups,
          open.assignee || '', days(open.ageDays),
          open.dueAt ? new Date(open.dueAt).toLocaleDateString('en-CA') + (open.overdue ? ' (overdue)' : '') : ''],
        numeric: [false, false, false, false, false, true, false],
      };
    }), 'No open task.');
    loadChart('chart-load-group', figures.bottlenecks.byGroup, group);
    loadChart('chart-load-donor', figures.bottlenecks.byDonor, donorName);
  }

  function results() {
    const priorities = Object.keys(figures.results);
    chart('chart-results', {
      type: 'bar',
      data: {
        labels: priorities.map(function (p) { return label(labels.priorities, p); }),
        datasets: RATINGS.map(function (rating) {
          return { label: label(labels.ratings, rating), backgroundColor: COLOURS.rating[rating],
            data: priorities.map(function (p) { return figures.results[p].percent[rating]; }) };
        }),
      },
      options: { indexAxis: 'y', scales: { x: percentAxis('% of indicators'), y: { stacked: true } } },
    });
  }

  function planKpis() {
    const standing = figures.planKpis;
    if (!standing) {
      document.getElementById('plan-kpis-hint').textContent = 'No plan covers this year.';
      rows('table-plan-kpis', [], 'No plan.');
      return;
    }
    document.querySelector('#plan-kpis h2').textContent = 'Plan KPIs, ' + standing.year + ' (' + standing.plan + ')';
    function shown(value) { return value == null ? '–' : decimal.format(Number(value)); }
    function parts(list, name) {
      return list.length ? list.map(function (p) { return name(p) + ' ' + shown(p.actual); }).join(' · ') : '–';
    }
    rows('table-plan-kpis', standing.kpis.map(function (k) {
      return { key: k.code, cells: [k.code + ' · ' + k.name + ' (' + k.unit + ')', shown(k.target), shown(k.actual),
        k.achieved == null ? '–' : percent(Number(k.achieved)), count.format(k.agreements),
        parts(k.byRegion, function (p) { return label(labels.regions, p.region); }),
        parts(k.byInitiative, function (p) { return p.initiative; })],
        numeric: [false, true, true, true, true, false, false] };
    }), 'The plan has no KPI yet.');
  }

  function rates() {
    const stages = Object.keys(figures.rates);
    chart('chart-rates', {
      type: 'bar',
      data: {
        labels: stages.map(task),
        datasets: [
          { label: 'Approved', backgroundColor: COLOURS.green,
            data: stages.map(function (s) { return figures.rates[s].approvalRate; }) },
          { label: 'Rejected', backgroundColor: COLOURS.warn,
            data: stages.map(function (s) { return figures.rates[s].rejectionRate; }) },
          { label: 'Sent back', backgroundColor: COLOURS.amber,
            data: stages.map(function (s) { return figures.rates[s].sendBackRate; }) },
        ],
      },
      options: { indexAxis: 'y', scales: { x: percentAxis('% of decisions'), y: { stacked: true } } },
    });
    rows('table-rates', stages.map(function (s) {
      const r = figures.rates[s];
      return { key: s, cells: [task(s), count.format(r.decisions), percent(r.approvalRate),
        percent(r.rejectionRate), percent(r.sendBackRate)], numeric: [false, true, true, true, true] };
    }), 'No decision yet.');
  }

  // One line per currency in a cell: "USD 2,100.00" (a cooperation may earn in several).
  function amounts(finances, key) {
    return finances.map(function (f) {
      return f[key] == null ? '—' : f.currency + ' ' + new Intl.NumberFormat('en-US',
        { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(f[key]));
    }).join('\n') || '—';
  }

  function rate(value) { return value == null ? '—' : percent(Number(value)); }

  function training() {
    rows('table-training', page.training.map(function (t) {
      const free = t.finances.map(function (f) {
        return f.freeSeats + (f.freeSeats > 0 ? ' (' + f.currency + ' ' + f.freeSeatValue + ')' : '');
      }).join('\n') || '0';
      const costRecovery = t.finances.map(function (f) { return rate(f.costRecovery); }).join('\n') || '—';
      return { key: t.agreement, cells: [
        t.agreement, donorName(t.partnerCode), count.format(t.participants),
        count.format(t.byCountryGroup.LDC + t.byCountryGroup.SIDS), count.format(t.byGender.FEMALE),
        rate(t.completion.completionRate), rate(t.completion.certificationRate),
        amounts(t.finances, 'revenue'), amounts(t.finances, 'costs'), amounts(t.finances, 'surplus'),
        costRecovery, free,
        t.survey.answered + ' of ' + t.survey.invited,
        t.survey.averages.overall == null ? '—' : t.survey.averages.overall + ' / 5'],
        numeric: [false, false, true, true, true, true, true, true, true, true, true, true, true, true] };
    }), 'No training cooperation yet.');
  }

  fillFilters();
  validateDates();
  asOf();
  tiles();
  ledgerLink();
  pipeline();
  funds();
  cycleTimes();
  bottlenecks();
  results();
  planKpis();
  rates();
  training();
  document.body.dataset.drawn = 'true';
}());
