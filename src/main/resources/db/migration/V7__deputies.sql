-- A user's deputy for a date range: during it the deputy works the user's tasks, and what the
-- deputy decides is recorded as acting for the user.
create table deputyship (
    user_id    varchar(64) primary key,
    deputy_id  varchar(64) not null,
    starts_on  date        not null,
    ends_on    date        not null,
    named_by   varchar(64) not null,
    named_at   timestamptz not null,
    constraint deputyship_dates check (ends_on >= starts_on),
    constraint deputyship_not_self check (deputy_id <> user_id)
);

-- Group memberships given to a deputy for the window, and only those: they are taken back when
-- it ends, memberships the deputy had anyway never are.
create table deputy_membership (
    deputy_id  varchar(64) not null,
    group_id   varchar(64) not null,
    for_user   varchar(64) not null,
    primary key (deputy_id, group_id)
);

-- Tasks assigned to the absent user and handed to the deputy; those still open go back after.
create table deputy_task (
    task_id    varchar(64) primary key,
    deputy_id  varchar(64) not null,
    for_user   varchar(64) not null
);

alter table agreement_decision add column acting_for varchar(64);
