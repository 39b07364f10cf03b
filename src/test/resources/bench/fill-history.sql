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
       '{RW,KE}', '{TOOLKITS}', amount, 'USD', amount, proposed_at::date + 60, proposed_at::date + 425,
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

commit;

analyze;
