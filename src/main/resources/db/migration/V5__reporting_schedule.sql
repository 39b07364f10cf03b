-- The reporting schedule of an active agreement: one row per period, from its reporting
-- frequency and dates; the last period ends with the agreement and carries the final report.
create table reporting_period (
    id           bigint generated always as identity primary key,
    agreement_id bigint      not null references agreement (id) on delete cascade,
    number       integer     not null,
    starts_on    date        not null,
    ends_on      date        not null,
    due_on       date        not null,
    final_period boolean     not null,
    status       varchar(12) not null,
    unique (agreement_id, number),
    constraint reporting_period_dates check (ends_on >= starts_on and due_on >= ends_on),
    constraint reporting_period_status
        check (status in ('NOT_YET_DUE', 'DUE', 'OVERDUE', 'SUBMITTED', 'SENT_BACK', 'ACCEPTED'))
);
