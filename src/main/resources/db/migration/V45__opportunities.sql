-- The forum of opportunities (issue 23, item 3): proposals and initiatives the officers choose to
-- publish to every registered partner, the partners' clarification questions with the officers'
-- answers, and their pledges.
create table opportunity (
    id                  bigint generated always as identity primary key,
    agreement_reference varchar(20),
    initiative_code     varchar(20)   references initiative (code),
    title               varchar(300)  not null,
    priority            varchar(40),
    region              varchar(20),
    countries           varchar(2)[]  not null,
    summary             varchar(4000) not null,
    amount_sought       numeric(19, 2) not null check (amount_sought > 0),
    currency            varchar(3)    not null,
    deadline            date          not null,
    published_by        varchar(64)   not null,
    published_at        timestamptz   not null,
    withdrawn_at        timestamptz,
    -- Words in English stemmed, and every word as written ('simple'), so that a search in any
    -- language finds its own words: PostgreSQL stems the languages it has a dictionary for.
    search              tsvector generated always as (
                            to_tsvector('english', title || ' ' || summary)
                            || to_tsvector('simple', title || ' ' || summary)) stored,
    constraint opportunity_subject_check check ((agreement_reference is null) <> (initiative_code is null))
);

-- One published opportunity per proposal or initiative at a time.
create unique index opportunity_agreement_idx on opportunity (agreement_reference) where withdrawn_at is null;
create unique index opportunity_initiative_idx on opportunity (initiative_code) where withdrawn_at is null;
create index opportunity_search_idx on opportunity using gin (search);
create index opportunity_deadline_idx on opportunity (deadline, id);

create table opportunity_question (
    id             bigint generated always as identity primary key,
    opportunity_id bigint        not null references opportunity (id),
    question       varchar(2000) not null,
    -- The agency's to know; partners see the question without it.
    asked_by       varchar(64)   not null,
    asked_at       timestamptz   not null,
    answer         varchar(4000),
    answered_by    varchar(64),
    answered_at    timestamptz
);

create index opportunity_question_idx on opportunity_question (opportunity_id, id);

create table opportunity_pledge (
    id              bigint generated always as identity primary key,
    opportunity_id  bigint         not null references opportunity (id),
    partner_code    varchar(12)    not null references partner (code),
    -- Null for an expression of interest without an amount.
    amount          numeric(19, 2) check (amount > 0),
    currency        varchar(3),
    note            varchar(2000),
    pledged_by      varchar(64)    not null,
    pledged_at      timestamptz    not null,
    -- The concept note a pledge starts, for the officers to turn into the partner's proposal.
    concept_note_id bigint         references concept_note (id)
);

create index opportunity_pledge_idx on opportunity_pledge (opportunity_id, id);
