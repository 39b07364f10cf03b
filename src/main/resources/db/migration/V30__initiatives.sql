-- Initiatives (issue 18, items 3 and 4): regional initiatives of the Baku Action Plan and the
-- thematic and geographic Partnership Initiatives of the Cusco Plan of Action, each with its
-- workplan (the annex's table), the partners that joined it with their committed inputs, and what
-- each member reported delivering, year by year.
create table initiative (
    code              varchar(20)   primary key,
    title             varchar(300)  not null,
    kind              varchar(20)   not null,
    -- The partner leading it; null when the agency leads it.
    lead_partner_code varchar(12)   references partner (code),
    -- The group that reviews requests to join: partnership-officers unless the initiative says.
    lead_group        varchar(64)   not null,
    description       varchar(4000) not null,
    countries         varchar(2)[]  not null,
    region            varchar(20),
    priority          varchar(40),
    plan_code         varchar(20)   references plan (code),
    -- The workplan as a whole (objectives, activities, indicators, support needed), its version
    -- counted from 0; every version is kept in initiative_change.
    workplan          jsonb         not null,
    workplan_version  integer       not null default 0,
    created_at        timestamptz   not null,
    created_by        varchar(64)   not null,
    constraint initiative_region_check check (kind <> 'REGIONAL' or region is not null)
);

-- Who changed what, when: the whole record before (null when created) and after.
create table initiative_change (
    id              bigserial   primary key,
    initiative_code varchar(20) not null references initiative (code),
    changed_at      timestamptz not null,
    changed_by      varchar(64) not null,
    subject         varchar(20) not null,
    before          jsonb,
    after           jsonb
);

create index initiative_change_idx on initiative_change (initiative_code, id);

create table initiative_member (
    id                  bigint generated always as identity primary key,
    initiative_code     varchar(20)  not null references initiative (code),
    partner_code        varchar(12)  not null references partner (code),
    role                varchar(20)  not null,
    focal_point_name    varchar(200) not null,
    focal_point_email   varchar(320) not null,
    status              varchar(20)  not null,
    requested_by        varchar(64)  not null,
    requested_at        timestamptz  not null,
    decided_by          varchar(64),
    decided_at          timestamptz,
    reason              varchar(2000),
    left_at             timestamptz,
    process_instance_id varchar(64)
);

-- A partner is a member, or asks to be one, once at a time: the service names the field, this
-- holds when two requests arrive together.
create unique index initiative_member_once_idx on initiative_member (initiative_code, partner_code)
    where status in ('REQUESTED', 'ACTIVE');

create table initiative_commitment (
    id          bigint generated always as identity primary key,
    member_id   bigint         not null references initiative_member (id),
    kind        varchar(20)    not null,
    amount      numeric(19, 2) check (amount > 0),
    currency    char(3),
    description varchar(1000),
    topic       varchar(200),
    person_days numeric(9, 1)  check (person_days > 0),
    unique (member_id, kind),
    constraint initiative_commitment_shape check (
        (kind in ('CASH', 'IN_KIND') and amount is not null and currency is not null)
        or (kind = 'EXPERTISE' and topic is not null and person_days is not null))
);

-- What a member reported delivering against one commitment in one yearly report.
create table initiative_delivery (
    commitment_id bigint         not null references initiative_commitment (id),
    report_number integer        not null,
    amount        numeric(19, 2) check (amount >= 0),
    person_days   numeric(9, 1)  check (person_days >= 0),
    note          varchar(2000),
    reported_by   varchar(64)    not null,
    reported_at   timestamptz    not null,
    primary key (commitment_id, report_number)
);

-- An agreement may belong to an initiative (set in the proposal).
alter table agreement add column initiative_code varchar(20) references initiative (code);

create index agreement_initiative_idx on agreement (initiative_code) where initiative_code is not null;
