-- Fills an Accord database with the history of many agreements, to time the managers' figures
-- and Tasklist at scale:
--
--   psql "$URL" -v agreements=1000000 -f src/test/resources/bench/fill-history.sql
--   psql "$URL" -v agreements=900000 -v first=100001 -f ...   (adds to an earlier fill)
--
-- Each agreement gets what the engine and Accord would have written: its row, its status history
-- (screening, due diligence, internal approval, donor approval, MoU signing, then ACTIVE and, for
-- most, CLOSED), its decisions, a completed process instance in Camunda's history with its user
-- tasks, and for those that reached ACTIVE, reporting periods and an accepted progress report.
-- The money too: a third of the agreements in USD, a third in EUR, a third in CHF (with the UN's
-- monthly rates for 2021 to 2026), each with a budget by line and source and a schedule of one to
-- three instalments (on signature, on a date, on the first report); for those that reached ACTIVE,
-- each instalment's collection, called once due, and receipts: most paid in full, some in two
-- parts, some partly, some not at all (overdue, or not yet due), an occasional one reversed; what a
-- closed agreement still owed is cancelled.
-- One in twenty is rejected at screening, one in twenty still waits for the donor. The rows are
-- marked as the benchmark's (references BX-…, donors BENCH01 to BENCH50, process definition
-- 'partnership-agreement:bench'); history cleanup can remove them like any other.

\if :{?agreements}
\else
  \set agreements 100000
\endif
-- To add to a database filled before: -v first=100001 (the next benchmark reference).
\if :{?first}
\else
  \set first 1
\endif

begin;

insert into accord.partner (code, name, type, country, contact_email, due_diligence_outcome,
                            risk_rating, due_diligence_expires_on)
select 'BENCH' || lpad(d::text, 2, '0'), 'Benchmark donor ' || d, 'MEMBER_STATE', 'CH',
       'bench' || d || '@donor.example', 'CLEARED', 'LOW', date '2035-12-31'
  from generate_series(1, 50) d
on conflict (code) do nothing;

-- The shape of each agreement: when it was proposed, how long each stage took, where it ended.
create temporary table bench_agreement on commit drop as
select n,
       'BX-' || lpad(n::text, 8, '0') as reference,
       'BENCH' || lpad((1 + n % 50)::text, 2, '0') as donor,
       (array['AFFORDABLE_CONNECTIVITY', 'DIGITAL_TRANSFORMATION', 'ENABLING_ENVIRONMENT',
              'RESOURCE_MOBILIZATION', 'INCLUSIVE_SECURE_ICT'])[1 + n % 5] as priority,
       (array['AFRICA', 'AMERICAS', 'ARAB_STATES', 'ASIA_PACIFIC', 'CIS', 'EUROPE'])[1 + n % 6] as region,
       (10000 + (n::bigint * 7919) % 990000)::numeric(19, 2) as amount,
       (array['USD', 'EUR', 'CHF'])[1 + n % 3] as currency,
       (array[1.00, 1.08, 1.12])[1 + n % 3] as usd_per_unit,
       1 + (n / 7) % 3 as instalments,
       timestamptz '2021-01-04 09:00:00+00' + ((n::bigint * 104729) % 1800) * interval '1 day' as proposed_at,
       case when n % 20 = 0 then 'REJECTED'
            when n % 20 = 1 then 'DONOR_APPROVAL'
            when n % 20 in (2, 3) then 'ACTIVE'
            else 'CLOSED' end as final_status,
       1 + n % 5 as screening_days, 1 + n % 9 as diligence_days, 1 + n % 7 as approval_days,
       1 + n % 21 as donor_days, 1 + n % 10 as signing_days
  from generate_series(:first, :first + :agreements - 1) n;

create index on bench_agreement (reference);
analyze bench_agreement;

insert into accord.agreement (reference, title, type, partner_code, priority, region,
                              beneficiary_countries, output_types, amount, currency, amount_usd,
                              start_date, end_date, reporting_frequency, status, initiator,
                              process_instance_id, created_at)
select reference, 'Benchmark agreement ' || n, 'CONTRIBUTION_AGREEMENT', donor, priority, region,
       '{RW,KE}', '{TOOLKITS}', amount, currency, round(amount * usd_per_unit, 2),
       proposed_at::date + 60, proposed_at::date + 425,
       'ANNUAL', final_status, 'officer', 'bench-' || n, proposed_at
  from bench_agreement;

-- The stages in order, each with the day it began; a stage an agreement never reached is absent.
create temporary table bench_stage on commit drop as
select b.n, a.id as agreement_id, b.reference, stage.status, stage.position,
       b.proposed_at + stage.offset_days * interval '1 day' as began_at
  from bench_agreement b
  join accord.agreement a on a.reference = b.reference
 cross join lateral (values
       (1, 'SCREENING', 0),
       (2, 'REJECTED', b.screening_days),
       (2, 'DUE_DILIGENCE', b.screening_days),
       (3, 'INTERNAL_APPROVAL', b.screening_days + b.diligence_days),
       (4, 'DONOR_APPROVAL', b.screening_days + b.diligence_days + b.approval_days),
       (5, 'MOU_SIGNING', b.screening_days + b.diligence_days + b.approval_days + b.donor_days),
       (6, 'ACTIVE', b.screening_days + b.diligence_days + b.approval_days + b.donor_days + b.signing_days),
       (7, 'CLOSED', b.screening_days + b.diligence_days + b.approval_days + b.donor_days + b.signing_days + 365)
       ) as stage(position, status, offset_days)
 where case b.final_status
         when 'REJECTED' then stage.status in ('SCREENING', 'REJECTED')
         when 'DONOR_APPROVAL' then stage.position <= 4 and stage.status <> 'REJECTED'
         when 'ACTIVE' then stage.position <= 6 and stage.status <> 'REJECTED'
         else stage.status <> 'REJECTED' end;

create index on bench_stage (n, position);
analyze bench_stage;

insert into accord.agreement_status_change (agreement_id, status, changed_at, changed_by, left_at)
select s.agreement_id, s.status, s.began_at, 'officer', next.began_at
  from bench_stage s
  left join bench_stage next on next.n = s.n and next.position = s.position + 1
 order by s.agreement_id, s.position;

update accord.agreement a
   set activated_at = s.began_at
  from bench_stage s
 where s.agreement_id = a.id and s.status = 'ACTIVE';

insert into accord.agreement_decision (agreement_id, task_key, decision, decided_by, decided_at, round_id)
select agreement_id,
       case status when 'REJECTED' then 'screenProposal' when 'DUE_DILIGENCE' then 'screenProposal'
                   when 'DONOR_APPROVAL' then 'approveAgreement' else 'donorSignOff' end,
       case status when 'REJECTED' then 'REJECT' else 'APPROVE' end,
       'officer2', began_at, 'bench-' || n
  from bench_stage
 where status in ('REJECTED', 'DUE_DILIGENCE', 'DONOR_APPROVAL', 'MOU_SIGNING');

-- Camunda's history: one process instance per agreement, one user task per stage it passed.
insert into public.act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_,
                                    start_time_, end_time_, duration_, root_proc_inst_id_, state_)
select 'bench-' || b.n, 'bench-' || b.n, b.reference, 'partnership-agreement',
       'partnership-agreement:bench', b.proposed_at,
       case when b.final_status in ('REJECTED', 'CLOSED') then last.began_at end,
       case when b.final_status in ('REJECTED', 'CLOSED')
            then (extract(epoch from last.began_at - b.proposed_at) * 1000)::bigint end,
       'bench-' || b.n,
       case when b.final_status in ('REJECTED', 'CLOSED') then 'COMPLETED' else 'ACTIVE' end
  from bench_agreement b
  join lateral (select max(began_at) as began_at from bench_stage s where s.n = b.n) last on true;

insert into public.act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_,
                                    root_proc_inst_id_, proc_inst_id_, execution_id_, name_,
                                    assignee_, start_time_, end_time_, duration_, delete_reason_,
                                    priority_, task_state_)
select 'bench-' || s.n || '-' || task.key, task.key, 'partnership-agreement',
       'partnership-agreement:bench', 'bench-' || s.n, 'bench-' || s.n, 'bench-' || s.n,
       task.name, 'officer', s.began_at, next.began_at,
       (extract(epoch from next.began_at - s.began_at) * 1000)::bigint, 'completed', 50, 'Completed'
  from bench_stage s
  join bench_stage next on next.n = s.n and next.position = s.position + 1
 cross join lateral (values
       ('SCREENING', 'screenProposal', 'Screen proposal'),
       ('DUE_DILIGENCE', 'legalReview', 'Legal review'),
       ('DUE_DILIGENCE', 'financialReview', 'Financial review'),
       ('INTERNAL_APPROVAL', 'approveAgreement', 'Approve agreement'),
       ('DONOR_APPROVAL', 'donorSignOff', 'Donor sign-off'),
       ('MOU_SIGNING', 'signMouAgency', 'Sign MoU for the agency'),
       ('MOU_SIGNING', 'signMouPartner', 'Sign MoU for the partner')
       ) as task(status, key, name)
 where task.status = s.status;

-- The same completions, as Accord keeps them for the task cycle times.
insert into accord.task_completion (agreement_id, task_key, created_at, completed_at)
select a.id, h.task_def_key_, h.start_time_, h.end_time_
  from bench_agreement b
  join accord.agreement a on a.reference = b.reference
  join public.act_hi_taskinst h on h.proc_inst_id_ = 'bench-' || b.n
 order by h.end_time_;

-- Reporting: the first annual period of every agreement that reached ACTIVE, reported and accepted.
insert into accord.reporting_period (agreement_id, number, starts_on, ends_on, due_on, final_period, status)
select a.id, 1, a.start_date, a.end_date, a.end_date + 30, true, 'ACCEPTED'
  from bench_agreement b
  join accord.agreement a on a.reference = b.reference
 where b.final_status in ('ACTIVE', 'CLOSED');

-- Only this fill's agreements: the rows of an earlier fill are there already.
create temporary table bench_reported on commit drop as
select a.id as agreement_id
  from bench_agreement b
  join accord.agreement a on a.reference = b.reference
 where b.final_status in ('ACTIVE', 'CLOSED');

insert into accord.objective (agreement_id, position, description)
select agreement_id, 0, 'Connect rural schools' from bench_reported;

insert into accord.indicator (objective_id, position, name, unit, baseline, target)
select o.id, 0, 'Schools connected', 'schools', 0, 120
  from accord.objective o
  join bench_reported r on r.agreement_id = o.agreement_id;

insert into accord.progress_report (period_id, revision, narrative, expenditure, final_report,
                                    submitted_by, submitted_at, decision, reviewed_by, reviewed_at)
select p.id, 1, 'Benchmark report', a.amount / 2, true, 'officer', p.ends_on + 10, 'ACCEPT',
       'manager', p.ends_on + 20
  from accord.reporting_period p
  join bench_reported r on r.agreement_id = p.agreement_id
  join accord.agreement a on a.id = p.agreement_id;

insert into accord.indicator_actual (report_id, indicator_code, value)
select r.id, '1.1', (a.id * 37) % 150
  from accord.progress_report r
  join accord.reporting_period p on p.id = r.period_id
  join bench_reported b on b.agreement_id = p.agreement_id
  join accord.agreement a on a.id = p.agreement_id;

-- Where the indicator stands, as Accord rates it on acceptance: the one period ends with the
-- agreement, when the target of 120 is expected in full.
insert into accord.indicator_standing (agreement_id, indicator_code, rating)
select b.agreement_id, '1.1',
       case when (b.agreement_id * 37) % 150 >= 120 then 'MET'
            when (b.agreement_id * 37) % 150 = 0 then 'NO_PROGRESS'
            when (b.agreement_id * 37) % 150 >= 108 then 'ON_TRACK'
            else 'CONSTRAINED' end
  from bench_reported b;

-- The plan: a benchmark plan before the demo's (plans never overlap) with a KPI for each
-- contribution rule; each reported agreement's indicator linked to one of them, and what it
-- contributed in the year its period ended, as Accord writes it when the report is accepted.
insert into accord.plan (code, title, first_year, last_year, created_at, created_by)
values ('BENCH-PLAN', 'Benchmark plan 2016–2025', 2016, 2025, now(), 'bench')
on conflict (code) do nothing;
insert into accord.plan_outcome (plan_code, code, priority, statement)
values ('BENCH-PLAN', 'O1', 'AFFORDABLE_CONNECTIVITY', 'Benchmark outcome')
on conflict do nothing;
insert into accord.plan_kpi (plan_code, code, name, unit, baseline, outcome_code, rule)
values ('BENCH-PLAN', 'K1', 'Schools connected', 'schools', 0, 'O1', 'SUM'),
       ('BENCH-PLAN', 'K2', 'Countries reached', 'countries', 0, 'O1', 'DISTINCT_COUNTRIES'),
       ('BENCH-PLAN', 'K3', 'Share of women trained', '%', 0, 'O1', 'WEIGHTED_AVERAGE')
on conflict do nothing;
insert into accord.plan_kpi_target (plan_code, kpi_code, year, target)
select 'BENCH-PLAN', k.code, y, k.target
  from generate_series(2016, 2025) y
 cross join (values ('K1', 1000000), ('K2', 40), ('K3', 45)) k(code, target)
on conflict do nothing;

update accord.indicator i
   set kpi_plan = 'BENCH-PLAN', kpi_code = 'K' || (1 + o.agreement_id % 3),
       kpi_base = case when o.agreement_id % 3 = 2 then 100 + o.agreement_id % 400 end
  from accord.objective o
  join bench_reported r on r.agreement_id = o.agreement_id
 where i.objective_id = o.id;

insert into accord.kpi_contribution (agreement_id, indicator_code, plan_code, kpi_code, year, region,
                                     reached, gained, base, countries)
select a.id, '1.1', 'BENCH-PLAN', 'K' || (1 + a.id % 3), extract(year from p.ends_on)::int, a.region,
       v.value, v.value, case when a.id % 3 = 2 then 100 + a.id % 400 end,
       case when a.id % 3 = 1 then array[c.codes[1 + a.id % 40], c.codes[1 + (a.id / 40) % 40]]
            else '{}' end
  from bench_reported b
  join accord.agreement a on a.id = b.agreement_id
  join accord.reporting_period p on p.agreement_id = a.id
 cross join (select array['RW', 'KE', 'UG', 'TZ', 'ET', 'GH', 'NG', 'SN', 'CI', 'CM', 'BR', 'MX',
                          'CO', 'PE', 'AR', 'EG', 'MA', 'TN', 'JO', 'LB', 'IN', 'BD', 'NP', 'VN',
                          'PH', 'ID', 'FJ', 'WS', 'KZ', 'UZ', 'KG', 'AM', 'AL', 'MD', 'RS', 'UA',
                          'BT', 'LA', 'MN', 'PG'] as codes) c
 cross join lateral (select case when a.id % 3 = 2 then ((a.id * 37) % 101)::numeric
                                 else ((a.id * 37) % 150)::numeric end as value) v;

-- The money. The UN's operational rates, monthly, units per USD, for the two other currencies.
insert into accord.exchange_rate (currency, usd_per_unit, units_per_usd, effective_from, source,
                                  recorded_at, recorded_by)
select c.currency, round(1 / u.units, 10), u.units, m::date, 'UN_OPERATIONAL', m, 'bench'
  from generate_series(timestamptz '2021-01-01 00:00:00+00', timestamptz '2026-12-01 00:00:00+00',
                       interval '1 month') m
 cross join (values ('EUR', 0.926), ('CHF', 0.893)) c(currency, base)
 cross join lateral (select round((c.base * (1 + 0.04 * sin(extract(epoch from m) / 8000000)))::numeric,
                                   4) as units) u
on conflict (currency, effective_from) do nothing;

-- The budget: the partner's cash as staff (60% of direct costs) and travel, 7% programme support
-- costs on top; every third agreement with office space in kind, every fifth with co-financing.
create temporary table bench_money on commit drop as
select b.n, a.id as agreement_id, a.amount, a.currency, b.usd_per_unit, b.instalments,
       b.final_status, a.start_date, round(a.amount / 1.07, 2) as direct,
       s.began_at::date as activated_on, c.began_at::date as closed_on
  from bench_agreement b
  join accord.agreement a on a.reference = b.reference
  left join bench_stage s on s.n = b.n and s.status = 'ACTIVE'
  left join bench_stage c on c.n = b.n and c.status = 'CLOSED';

insert into accord.budget (agreement_id, programme_support_rate)
select agreement_id, 7 from bench_money;

insert into accord.budget_line (agreement_id, position, line, source, amount, description)
select agreement_id, line.position, line.line, line.source, line.amount, line.description
  from bench_money m
 cross join lateral (values
       (0, 'STAFF', 'PARTNER_CASH', round(m.direct * 0.6, 2), null),
       (1, 'TRAVEL', 'PARTNER_CASH', m.direct - round(m.direct * 0.6, 2), null),
       (2, 'PROGRAMME_SUPPORT_COSTS', 'PARTNER_CASH', m.amount - m.direct, null),
       (3, 'EQUIPMENT', 'IN_KIND', case when m.n % 3 = 0 then round(m.amount * 0.05, 2) end,
        'Office space'),
       (4, 'TRAINING_AND_MEETINGS', 'AGENCY_COFINANCING',
        case when m.n % 5 = 0 then round(m.amount * 0.1, 2) end, null)
       ) as line(position, line, source, amount, description)
 where line.amount > 0;

-- The schedule: all on signature; or half on signature, half on a date six months in; or 40% on
-- signature, 30% on that date (in USD where the agreement is not) and 30% on the first report.
create temporary table bench_instalment on commit drop as
select m.agreement_id, m.n, i.number, i.amount, i.currency,
       round(i.amount * case i.currency when m.currency then m.usd_per_unit else 1 end, 2)
           as expected_usd,
       i.trigger, i.due_date, i.report_number, m.final_status, m.activated_on, m.closed_on
  from bench_money m
 cross join lateral (values
       (1, case m.instalments when 1 then m.amount when 2 then round(m.amount / 2, 2)
                              else round(m.amount * 0.4, 2) end,
        m.currency, 'ON_SIGNATURE', null::date, null::integer),
       (2, case m.instalments when 2 then m.amount - round(m.amount / 2, 2)
                              else round(round(m.amount * 0.3, 2) * m.usd_per_unit, 2) end,
        case m.instalments when 2 then m.currency else 'USD' end,
        'ON_DATE', m.start_date + 180, null),
       (3, m.amount - round(m.amount * 0.4, 2) - round(m.amount * 0.3, 2), m.currency,
        'ON_REPORT_ACCEPTED', null, 1)
       ) as i(number, amount, currency, trigger, due_date, report_number)
 where i.number <= m.instalments;

insert into accord.instalment (agreement_id, number, amount, currency, trigger, due_date, report_number)
select agreement_id, number, amount, currency, trigger, due_date, report_number
  from bench_instalment;

-- Collections, for the agreements that reached ACTIVE: called on signature, on the date, or when
-- the first report was accepted (20 days after its period ended), each to be paid within 30 days.
create temporary table bench_collection on commit drop as
select i.*,
       case i.trigger when 'ON_SIGNATURE' then i.activated_on
                      when 'ON_DATE' then case when i.due_date <= current_date then i.due_date end
                      else (select case when p.ends_on + 20 <= current_date then p.ends_on + 20 end
                              from accord.reporting_period p
                             where p.agreement_id = i.agreement_id and p.number = 1) end as called_on,
       ((i.agreement_id * 31 + i.number) % 20)::integer as fate
  from bench_instalment i
 where i.activated_on is not null;

insert into accord.instalment_collection (agreement_id, instalment_number, amount, currency,
                                          expected_usd, started_on, called_on, pay_by, cancelled_on)
select agreement_id, number, amount, currency, expected_usd, activated_on, called_on,
       called_on + 30, null
  from bench_collection;

-- Receipts against the called instalments, by each one's fate (out of 20): 0-11 paid in full
-- before the date asked, 12-13 in two halves, 14-16 partly (60%), 17-19 not at all. One in 50 of
-- those paid in full was first recorded against the wrong bank advice and reversed.
create temporary table bench_receipt on commit drop as
select c.agreement_id, c.number, c.currency, c.amount as instalment_amount, c.expected_usd,
       part.k, part.amount,
       least(c.called_on + (c.fate % 25) + part.k * 10, current_date) as value_date,
       part.k = 0 and c.fate < 12 and c.agreement_id % 50 = 0 as reversed
  from bench_collection c
 cross join lateral (values
       (0, case when c.fate < 12 then c.amount when c.fate < 14 then round(c.amount / 2, 2)
                when c.fate < 17 then round(c.amount * 0.6, 2) end),
       (1, case when c.fate in (12, 13) then c.amount - round(c.amount / 2, 2) end),
       (2, case when c.fate < 12 and c.agreement_id % 50 = 0 then c.amount end)
       ) as part(k, amount)
 where c.called_on is not null and part.amount is not null;

insert into accord.receipt (agreement_id, instalment_number, amount, currency, value_date,
                            bank_reference, rate_effective_date, rate_usd_per_unit,
                            rate_units_per_usd, amount_usd, toward_instalment,
                            exchange_difference_usd, overpayment, recorded_by, recorded_at,
                            reversed_by, reversed_at, reversal_reason)
select r.agreement_id, r.number, r.amount, r.currency, r.value_date,
       'BXR-' || r.agreement_id || '-' || r.number || '-' || r.k,
       coalesce(rate.effective_from, r.value_date), coalesce(rate.usd_per_unit, 1),
       rate.units_per_usd, usd.amount, r.amount,
       usd.amount - round(r.expected_usd * r.amount / r.instalment_amount, 2), false,
       'finance', (r.value_date + time '10:00') at time zone 'UTC',
       case when r.reversed then 'finance2' end,
       case when r.reversed then (r.value_date + time '15:00') at time zone 'UTC' end,
       case when r.reversed then 'Wrong bank advice' end
  from bench_receipt r
  left join lateral (select x.effective_from, x.usd_per_unit, x.units_per_usd
                       from accord.exchange_rate x
                      where x.currency = r.currency and r.currency <> 'USD'
                        and x.effective_from <= r.value_date
                      order by x.effective_from desc limit 1) rate on true
 cross join lateral (select round(case when rate.units_per_usd is not null
                                       then r.amount / rate.units_per_usd
                                       else r.amount * coalesce(rate.usd_per_unit, 1) end, 2)
                     as amount) usd;

-- What came in towards each instalment, kept on its collection as Accord keeps it.
update accord.instalment_collection x
   set received = r.amount
  from (select r.agreement_id, r.number, sum(r.amount) as amount
          from bench_receipt r
         where not r.reversed
         group by r.agreement_id, r.number) r
 where x.agreement_id = r.agreement_id and x.instalment_number = r.number;

-- What a closed agreement still owed when it closed is cancelled.
update accord.instalment_collection x
   set cancelled_on = least(c.closed_on, current_date)
  from bench_collection c
 where c.closed_on is not null and x.agreement_id = c.agreement_id
   and x.instalment_number = c.number and x.received < x.amount;

commit;

analyze;
