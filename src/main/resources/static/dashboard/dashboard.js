// Draws the managers' dashboard from the figures embedded in the page: the JSON of
// GET /api/metrics/dashboard, with the labels of its codes. Text goes in with textContent only,
// never as markup. Its words are the page's bundle (static/texts/dashboard), its numbers written in
// the page's language by texts.js.
(function () {
  'use strict';

  const T = window.AccordTexts;
  const t = T.t;
  const page = JSON.parse(document.getElementById('figures').textContent);
  const figures = page.figures;
  const labels = page.labels;

  // Statuses still on their way; the others have ended one way or another.
  const IN_PIPELINE = ['SCREENING', 'IN_REVISION', 'DUE_DILIGENCE', 'INTERNAL_APPROVAL',
    'DONOR_APPROVAL', 'MOU_SIGNING'];
  const RATINGS = ['MET', 'ON_TRACK', 'CONSTRAINED', 'NO_PROGRESS'];
  const AGES = ['NOT_YET_DUE', 'DAYS_0_30', 'DAYS_31_60', 'DAYS_61_90', 'OVER_90'];
  const OVERDUE_AGES = ['DAYS_0_30', 'DAYS_31_60', 'DAYS_61_90', 'OVER_90'];
  const FLOWS = [
    { key: 'pledgedUsd', label: t('flow.pledged'), colour: '#c3d3e3' },
    { key: 'committedUsd', label: t('flow.committed'), colour: '#8fb3d9' },
    { key: 'receivedUsd', label: t('flow.received'), colour: '#2a7f8a' },
    { key: 'spentUsd', label: t('flow.spent'), colour: '#d98e04' },
    { key: 'balanceUsd', label: t('flow.balance'), colour: '#1f4e79' },
  ];
  const COLOURS = {
    brand: '#1f4e79', light: '#8fb3d9', warn: '#b4441e', amber: '#d98e04', green: '#2e7d32',
    teal: '#2a7f8a', grey: '#9aa7b4',
    rating: { MET: '#2e7d32', ON_TRACK: '#7cb342', CONSTRAINED: '#d98e04', NO_PROGRESS: '#b4441e' },
  };

  function usd(value) { return T.money(value, 'USD', { maximumFractionDigits: 0, minimumFractionDigits: 0 }); }
  const usdShort = new Intl.NumberFormat(T.locale, { style: 'currency', currency: 'USD', currencyDisplay: 'code',
    notation: 'compact', maximumFractionDigits: 1 });
  const count = new Intl.NumberFormat(T.locale);
  const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  const decimal = new Intl.NumberFormat(T.locale, oneDecimal);
  const upToOneDecimal = new Intl.NumberFormat(T.locale, { maximumFractionDigits: 1 });
  const counted = T.counted;

  function percent(value) { return new Intl.NumberFormat(T.locale, Object.assign({ style: 'percent' }, oneDecimal))
    .format(value / 100); }

  // A duration in days (to the thousandth), as a person says it: "9.0 days", "5.5 hours", "3 minutes".
  function duration(valueDays) {
    const unit = unitFor(valueDays);
    const value = valueDays * unit.perDay;
    if (value < 1 && unit.name === 'minute') {
      return t('duration.underAMinute');
    }
    return T.duration(value, unit.name, unit.name === 'day' ? oneDecimal : { maximumFractionDigits: 1 });
  }
  function unitFor(maxDays) {
    if (maxDays >= 1) {
      return { name: 'day', axis: t('unit.days'), perDay: 1 };
    }
    if (maxDays * 24 >= 1) {
      return { name: 'hour', axis: t('unit.hours'), perDay: 24 };
    }
    return { name: 'minute', axis: t('unit.minutes'), perDay: 24 * 60 };
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
  const month = T.month;

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
        return t('filter.dateFormat');
      }
      const parts = value.split('-').map(Number);
      const date = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2]));
      if (date.getUTCFullYear() !== parts[0] || date.getUTCMonth() !== parts[1] - 1 || date.getUTCDate() !== parts[2]) {
        return t('filter.noSuchDay');
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
        errors.to = t('filter.beforeFirstDay', { from: from });
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
    // An ISO time stays as it is in every language, as the filters' dates do.
    const time = new Date(figures.asOf).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
    const seconds = figures.refreshSeconds;
    let every;
    if (seconds % 3600 === 0) {
      every = T.duration(seconds / 3600, 'hour');
    } else if (seconds % 60 === 0) {
      every = T.duration(seconds / 60, 'minute');
    } else {
      every = T.duration(seconds, 'second');
    }
    document.getElementById('as-of-text').textContent = t('asOf.line', { time: time, every: every });
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
    figure('inPipelineLabel', counted('tile.inPipeline', inPipeline.agreements));
    figure('inPipelineUsd', t('tile.underNegotiation', { amount: usd(inPipeline.value) }));

    // Funds mobilized are the money received; what was signed for is beside it.
    const money = figures.funds;
    figure('mobilizedUsd', usd(money.receivedUsd));
    figure('committedUsd', t('tile.committed', { committed: usd(money.committedUsd), pledged: usd(money.pledgedUsd) }));
    figure('balanceUsd', usd(money.balanceUsd));
    figure('spentUsd', t('tile.spent', { received: usd(money.receivedUsd), spent: usd(money.spentUsd) }));
    const pastDue = OVERDUE_AGES.reduce(function (sum, age) {
      return { instalments: sum.instalments + money.receivables[age].instalments,
        value: sum.value + Number(money.receivables[age].usd) };
    }, { instalments: 0, value: 0 });
    figure('overdueReceivablesUsd', usd(pastDue.value));
    figure('notYetDueUsd', t('tile.notYetDue', { instalments: counted('count.instalments', pastDue.instalments),
      amount: usd(money.receivables.NOT_YET_DUE.usd) }));

    const toActive = figures.cycleTimes.proposalToActive;
    figure('medianToActive', toActive.count ? duration(toActive.medianDays) : '–');
    figure('p90ToActive', toActive.count
      ? t('tile.p90', { duration: duration(toActive.p90Days), agreements: counted('count.agreements', toActive.count) })
      : t('tile.noneActive'));

    // By donor, each task counts once (by group, a task of two groups would count twice).
    const donors = Object.values(figures.bottlenecks.byDonor);
    const open = donors.reduce(function (sum, load) { return sum + load.openTasks; }, 0);
    const overdue = donors.reduce(function (sum, load) { return sum + load.overdueTasks; }, 0);
    const reports = donors.reduce(function (sum, load) { return sum + load.overdueReports; }, 0);
    figure('overdueTasks', count.format(overdue));
    figure('overdueTasksLabel', counted('tile.overdueTasks', overdue));
    figure('openTasks', t('tile.ofOpenTasks', { tasks: counted('count.openTasks', open) }));
    figure('overdueReports', count.format(reports));
    figure('overdueReportsLabel', counted('tile.overdueReports', reports));
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
  // Right to left: legends and tooltips read from the right, as the page does.
  Chart.defaults.plugins.legend.rtl = T.rtl;
  Chart.defaults.plugins.tooltip.rtl = T.rtl;

  // An empty chart draws bare axes ("$0 $0 $1"): a sentence says it better.
  function chart(id, config) {
    const canvas = document.getElementById(id);
    if (!config.data.datasets.some(function (d) { return d.data.some(function (v) { return v; }); })) {
      const empty = document.createElement('p');
      empty.className = 'chart-empty';
      empty.textContent = t('chart.empty');
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
      ticks: { stepSize: 25, callback: function (v) { return T.number(v / 100, { style: 'percent' }); } } };
  }
  function usdTooltip(context) {
    return t('chart.tooltip', { label: context.dataset.label,
      value: usd(context.parsed[context.chart.options.indexAxis === 'y' ? 'x' : 'y']) });
  }

  function pipeline() {
    const statuses = Object.keys(figures.pipeline.byStatus);
    chart('chart-pipeline', {
      type: 'bar',
      data: {
        labels: statuses.map(stage),
        datasets: [
          { label: t('column.agreements'), data: statuses.map(function (s) { return figures.pipeline.byStatus[s].agreements; }),
            backgroundColor: COLOURS.brand, yAxisID: 'agreements' },
          { label: t('column.valueUsd'), data: statuses.map(function (s) { return Number(figures.pipeline.byStatus[s].valueUsd); }),
            backgroundColor: COLOURS.light, yAxisID: 'value' },
        ],
      },
      options: {
        scales: {
          agreements: Object.assign(countAxis(t('axis.agreements')), { position: T.rtl ? 'right' : 'left' }),
          value: Object.assign(usdAxis(), { position: T.rtl ? 'left' : 'right', grid: { drawOnChartArea: false },
            title: { display: true, text: t('axis.valueUsd') } }),
        },
        plugins: { tooltip: { callbacks: { label: function (context) {
          return context.dataset.yAxisID === 'value' ? usdTooltip(context)
            : counted('count.agreements', context.parsed.y);
        } } } },
      },
    });
    rows('table-pipeline', statuses.map(function (s) {
      const f = figures.pipeline.byStatus[s];
      return { key: s, cells: [stage(s), count.format(f.agreements), usd(f.valueUsd)],
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
        return usd(money[flow.key]);
      })), numeric: [false, true, true, true, true, true] };
    }), t('fundsDonor.empty'));

    // Each currency as pledged, its decimal string written as given: never through a float.
    rows('table-pledges', figures.pledges.byCurrency.map(function (p) {
      return { key: p.currency, cells: [p.currency, count.format(p.pledges), T.money(p.pledged, p.currency)],
        numeric: [false, true, true] };
    }), t('pledges.empty'));

    const ages = AGES;
    function age(a) { return t('age.' + a); }
    owedChart('chart-receivables', ages.map(age),
      ages.map(function (a) { return f.receivables[a]; }), t('receivables.outstanding'),
      ages.map(function (a) { return a === 'NOT_YET_DUE' ? COLOURS.grey : COLOURS.warn; }));
    rows('table-receivables', ages.map(function (a) {
      const owed = f.receivables[a];
      return { key: a, cells: [age(a), count.format(owed.instalments), usd(owed.usd)],
        numeric: [false, true, true] };
    }), '');

    const expected = f.expectedReceipts;
    const whens = Object.keys(expected.quarters).map(function (q) {
      const parts = q.split('-');
      return { key: q, label: t('expected.quarter', { year: parts[0], quarter: parts[1] }), owed: expected.quarters[q] };
    }).concat([{ key: 'later', label: t('expected.later'), owed: expected.later },
      { key: 'undated', label: t('expected.undated'), owed: expected.undated }]);
    owedChart('chart-expected', whens.map(function (w) { return w.label; }),
      whens.map(function (w) { return w.owed; }), t('expected.expected'), COLOURS.teal);
    rows('table-expected', whens.map(function (w) {
      return { key: w.key, cells: [w.label, count.format(w.owed.instalments), usd(w.owed.usd)],
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
          return usd(o.usd) + ', ' + counted('count.instalments', o.instalments);
        } } } },
        scales: { y: usdAxis() },
      },
    });
  }

  // "1234567.50" reads "1,234,567.50".
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
          { label: t('spread.median'), backgroundColor: COLOURS.brand,
            data: keys.map(function (k) { return inUnit(spreads[k].medianDays); }) },
          { label: t('spread.p90'), backgroundColor: COLOURS.light,
            data: keys.map(function (k) { return inUnit(spreads[k].p90Days); }) },
        ],
      },
      options: {
        indexAxis: 'y',
        scales: { x: { beginAtZero: true, suggestedMax: 1, title: { display: true, text: unit.axis },
          ticks: { callback: function (v) { return upToOneDecimal.format(v); } } } },
        plugins: { tooltip: { callbacks: { label: function (context) {
          return t('chart.tooltip', { label: context.dataset.label, value: duration(context.parsed.x / unit.perDay) });
        } } } },
      },
    });
  }

  // 0.001 days is not "0.0": a stay shorter than the precision says so.
  function days(value) {
    return value > 0 && value < 0.05 ? '< ' + decimal.format(0.1) : decimal.format(value);
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
    }), t('stages.empty'));
  }

  function loadChart(id, byLabel, labelOf) {
    const keys = Object.keys(byLabel);
    chart(id, {
      type: 'bar',
      data: {
        labels: keys.map(labelOf),
        datasets: [
          { label: t('load.open'), backgroundColor: COLOURS.grey,
            data: keys.map(function (k) { return byLabel[k].openTasks; }) },
          { label: t('load.overdueTasks'), backgroundColor: COLOURS.warn,
            data: keys.map(function (k) { return byLabel[k].overdueTasks; }) },
          { label: t('load.overdueReports'), backgroundColor: COLOURS.amber,
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
        // The task's name in the page's language; as the engine has it for a task of no process.
        cells: [labels.tasks[open.taskKey] || open.taskName || open.taskKey, open.reference, donorName(open.donor), groups,
          open.assignee || '', days(open.ageDays),
          open.dueAt ? (open.overdue ? t('bottlenecks.overdue', { date: T.date(open.dueAt) }) : T.date(open.dueAt)) : ''],
        numeric: [false, false, false, false, false, true, false],
      };
    }), t('bottlenecks.empty'));
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
      options: { indexAxis: 'y', scales: { x: percentAxis(t('axis.indicators')), y: { stacked: true } } },
    });
  }

  function planKpis() {
    const standing = figures.planKpis;
    if (!standing) {
      document.getElementById('plan-kpis-hint').textContent = t('kpis.noPlanThisYear');
      rows('table-plan-kpis', [], t('kpis.noPlan'));
      return;
    }
    document.querySelector('#plan-kpis h2').textContent = t('kpis.headingOf', { year: standing.year, plan: standing.plan });
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
    }), t('kpis.empty'));
  }

  function rates() {
    const stages = Object.keys(figures.rates);
    chart('chart-rates', {
      type: 'bar',
      data: {
        labels: stages.map(task),
        datasets: [
          { label: t('decision.approved'), backgroundColor: COLOURS.green,
            data: stages.map(function (s) { return figures.rates[s].approvalRate; }) },
          { label: t('decision.rejected'), backgroundColor: COLOURS.warn,
            data: stages.map(function (s) { return figures.rates[s].rejectionRate; }) },
          { label: t('decision.sentBack'), backgroundColor: COLOURS.amber,
            data: stages.map(function (s) { return figures.rates[s].sendBackRate; }) },
        ],
      },
      options: { indexAxis: 'y', scales: { x: percentAxis(t('axis.decisions')), y: { stacked: true } } },
    });
    rows('table-rates', stages.map(function (s) {
      const r = figures.rates[s];
      return { key: s, cells: [task(s), count.format(r.decisions), percent(r.approvalRate),
        percent(r.rejectionRate), percent(r.sendBackRate)], numeric: [false, true, true, true, true] };
    }), t('rates.empty'));
  }

  // One line per currency in a cell: "USD 2,100.00" (a cooperation may earn in several).
  function amounts(finances, key) {
    return finances.map(function (f) {
      return f[key] == null ? '—' : T.money(f[key], f.currency);
    }).join('\n') || '—';
  }

  function rate(value) { return value == null ? '—' : percent(Number(value)); }

  // A cooperation a row; then each of their partners, all its cooperations summed (class "partner").
  function training() {
    function row(c, key, first, className) {
      const free = c.finances.map(function (f) {
        return count.format(f.freeSeats) + (f.freeSeats > 0 ? ' (' + T.money(f.freeSeatValue, f.currency) + ')' : '');
      }).join('\n') || count.format(0);
      const costRecovery = c.finances.map(function (f) { return rate(f.costRecovery); }).join('\n') || '—';
      return { key: key, className: className, cells: [
        first, donorName(c.partnerCode), count.format(c.participants),
        count.format(c.byCountryGroup.LDC + c.byCountryGroup.SIDS), count.format(c.byGender.FEMALE),
        rate(c.completion.completionRate), rate(c.completion.certificationRate),
        amounts(c.finances, 'revenue'), amounts(c.finances, 'costs'), amounts(c.finances, 'surplus'),
        costRecovery, free,
        t('training.answeredOf', { answered: count.format(c.survey.answered), invited: count.format(c.survey.invited) }),
        c.survey.averages.overall == null ? '—'
          : t('training.score', { score: T.number(c.survey.averages.overall, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) })],
        numeric: [false, false, true, true, true, true, true, true, true, true, true, true, true, true] };
    }
    rows('table-training', page.training.map(function (c) { return row(c, c.agreement, c.agreement); })
      .concat(page.trainingPartners.map(function (p) {
        return row(p, 'partner-' + p.partnerCode, t('training.partnerTotal'), 'partner');
      })), t('training.empty'));
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
