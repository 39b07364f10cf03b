-- Who decided what at each task of an agreement: the audit trail, and what separation of duties
-- is checked against (an approver may not approve twice in one round, nor sign for the agency).
create table agreement_decision (
    id             bigint generated always as identity primary key,
    agreement_id   bigint       not null references agreement (id) on delete cascade,
    task_key       varchar(60)  not null,
    decision       varchar(30)  not null,
    decided_by     varchar(64)  not null,
    decided_at     timestamptz  not null,
    round_id       varchar(64)  not null
);
create index agreement_decision_agreement_idx on agreement_decision (agreement_id, task_key);
