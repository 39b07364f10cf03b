-- Concept notes (issue 23, item 2): what a member proposes to the agency from its side, reviewed
-- by the partnership officers, who ask questions back, accept it as a proposal or decline it.
create table concept_note (
    id                  bigint generated always as identity primary key,
    partner_code        varchar(12)   not null references partner (code),
    title               varchar(300)  not null,
    priority            varchar(40)   not null,
    region              varchar(20)   not null,
    countries           varchar(2)[]  not null,
    summary             varchar(4000) not null,
    estimated_budget    numeric(19, 2) not null,
    currency            varchar(3)    not null,
    contribution        varchar(2000) not null,
    sought              varchar(2000) not null,
    status              varchar(20)   not null,
    submitted_by        varchar(64)   not null,
    submitted_at        timestamptz   not null,
    decided_by          varchar(64),
    decided_at          timestamptz,
    decline_reason      varchar(2000),
    -- The proposal it became, once accepted.
    agreement_reference varchar(20),
    process_instance_id varchar(64)
);

create index concept_note_partner_idx on concept_note (partner_code, id);
create index concept_note_status_idx on concept_note (status, id);

-- The questions the officers ask and the member's answers, in order.
create table concept_note_exchange (
    id              bigint generated always as identity primary key,
    concept_note_id bigint        not null references concept_note (id),
    kind            varchar(10)   not null,
    body            varchar(5000) not null,
    written_by      varchar(64)   not null,
    written_at      timestamptz   not null
);

create index concept_note_exchange_idx on concept_note_exchange (concept_note_id, id);
