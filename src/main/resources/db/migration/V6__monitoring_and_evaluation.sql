-- Monitoring and evaluation of active agreements: how indicators are measured, typed outputs,
-- progress reports with their indicator actuals, amendments with their before and after, and
-- the closing evaluation.

alter table indicator add column measure varchar(12) not null default 'NUMBER'
    constraint indicator_measure check (measure in ('NUMBER', 'PERCENTAGE', 'QUALITATIVE'));
alter table indicator add column target_description varchar(500);
-- A qualitative indicator is described, not counted.
alter table indicator alter column baseline drop not null;
alter table indicator alter column target drop not null;
alter table indicator add constraint indicator_values
    check (measure = 'QUALITATIVE' or (baseline is not null and target is not null));

alter table activity add column output_type varchar(30);

alter table agreement add column mou_version integer not null default 1;

-- Every submission of a period's report is kept: a report sent back and resubmitted is a new
-- revision, and the review decision is recorded on the revision it judged.
create table progress_report (
    id             bigint generated always as identity primary key,
    period_id      bigint         not null references reporting_period (id) on delete cascade,
    revision       integer        not null,
    narrative      text           not null,
    expenditure    numeric(19, 2) not null check (expenditure >= 0),
    final_report   boolean        not null,
    submitted_by   varchar(255)   not null,
    submitted_at   timestamptz    not null,
    decision       varchar(10) check (decision in ('ACCEPT', 'REVISE')),
    review_comment varchar(2000),
    reviewed_by    varchar(255),
    reviewed_at    timestamptz,
    unique (period_id, revision)
);

-- Keyed by the indicator's code, not its row, so that a results change by amendment keeps
-- what was reported against the indicators it replaced.
create table indicator_actual (
    report_id      bigint        not null references progress_report (id) on delete cascade,
    indicator_code varchar(20)   not null,
    value          numeric(19, 4),
    description    varchar(2000),
    rating         varchar(12) check (rating in ('MET', 'ON_TRACK', 'CONSTRAINED', 'NO_PROGRESS')),
    primary key (report_id, indicator_code)
);

create table amendment (
    id                  bigint generated always as identity primary key,
    agreement_id        bigint        not null references agreement (id) on delete cascade,
    number              integer       not null,
    type                varchar(20)   not null check (type in
        ('ADMINISTRATIVE', 'BUDGET_MINOR', 'BUDGET_MAJOR', 'RESULTS_CHANGE', 'NO_COST_EXTENSION')),
    status              varchar(12)   not null check (status in
        ('REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    justification       varchar(2000) not null,
    change              jsonb         not null,
    before              jsonb         not null,
    after               jsonb,
    requested_by        varchar(255)  not null,
    requested_at        timestamptz   not null,
    decided_at          timestamptz,
    process_instance_id varchar(64),
    unique (agreement_id, number)
);
-- One amendment at a time: a second would be judged against data the first may change.
create unique index amendment_one_open on amendment (agreement_id) where status = 'REQUESTED';

create table evaluation (
    agreement_id   bigint        primary key references agreement (id) on delete cascade,
    rating         varchar(20)   not null check (rating in
        ('ACHIEVED_AS_PLANNED', 'PARTIALLY_ACHIEVED', 'NOT_ACHIEVED')),
    lessons_learned text         not null,
    evaluated_by   varchar(255)  not null,
    evaluated_at   timestamptz   not null
);
