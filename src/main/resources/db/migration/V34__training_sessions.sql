-- Training programmes of a training cooperation (issue 19, items 2 and 3): the courses, their
-- sessions with the fee for each category of country, the participants' enrolments with the fee
-- kept as it was computed, the payments finance records against them, and the reserve that funds
-- free seats for participants from least developed countries and small island developing States.
create table training_course (
    id             bigint generated always as identity primary key,
    agreement_id   bigint       not null references agreement (id),
    title          varchar(300) not null,
    topic          varchar(40)  not null,
    level          varchar(20)  not null,
    -- BCP 47: ar, zh, en, fr, ru, es.
    language       varchar(2)   not null,
    delivery       varchar(20)  not null,
    duration_hours integer      not null check (duration_hours > 0),
    certificate    boolean      not null,
    created_at     timestamptz  not null,
    created_by     varchar(64)  not null
);

create index training_course_agreement_idx on training_course (agreement_id);

create table training_session (
    id             bigint generated always as identity primary key,
    course_id      bigint        not null references training_course (id),
    starts_on      date          not null,
    ends_on        date          not null,
    -- Where it takes place: a city and venue, or the platform of an online session.
    venue          varchar(300)  not null,
    capacity       integer       not null check (capacity > 0),
    currency       varchar(3)    not null,
    standard_fee   numeric(15, 2) not null check (standard_fee > 0),
    -- The reduced fee of participants from developing countries; also what a free seat is worth.
    developing_fee numeric(15, 2) not null check (developing_fee > 0),
    status         varchar(20)   not null,
    created_at     timestamptz   not null,
    created_by     varchar(64)   not null,
    constraint training_session_dates_check check (ends_on >= starts_on),
    constraint training_session_fees_check check (developing_fee <= standard_fee)
);

create index training_session_course_idx on training_session (course_id);

create table training_enrolment (
    id                bigint generated always as identity primary key,
    session_id        bigint        not null references training_session (id),
    name              varchar(200)  not null,
    email             varchar(320)  not null,
    organization      varchar(300)  not null,
    organization_type varchar(30)   not null,
    country           varchar(2)    not null,
    -- As the participant states it; null when they chose not to.
    gender            varchar(20),
    fee_category      varchar(20)   not null,
    -- What the participant owes, in the session's currency: 0.00 for a free seat.
    fee               numeric(15, 2) not null check (fee >= 0),
    free_seat         boolean       not null,
    -- An LDC/SIDS participant whose free seat the reserve could not fund: the reduced fee applies.
    reserve_short     boolean       not null,
    status            varchar(20)   not null,
    enrolled_at       timestamptz   not null,
    enrolled_by       varchar(64)   not null,
    confirmed_at      timestamptz,
    cancelled_at      timestamptz,
    cancelled_by      varchar(64)
);

-- One enrolment per address and session (the service names the field; this holds for two at once).
create unique index training_enrolment_once_idx on training_enrolment (session_id, lower(email))
    where status <> 'CANCELLED';
create index training_enrolment_session_idx on training_enrolment (session_id, status, id);

-- The reserve of an agreement in one currency: its balance, locked while a free seat takes from it.
create table training_reserve (
    agreement_id bigint         not null references agreement (id),
    currency     varchar(3)     not null,
    balance      numeric(15, 2) not null check (balance >= 0),
    primary key (agreement_id, currency)
);

-- Every credit (the revenue's share, a released seat) and debit (a free seat), with the balance after.
create table training_reserve_entry (
    id            bigint generated always as identity primary key,
    agreement_id  bigint         not null,
    currency      varchar(3)     not null,
    kind          varchar(10)    not null check (kind in ('CREDIT', 'DEBIT')),
    amount        numeric(15, 2) not null check (amount > 0),
    balance_after numeric(15, 2) not null check (balance_after >= 0),
    enrolment_id  bigint references training_enrolment (id),
    note          varchar(500)   not null,
    recorded_at   timestamptz    not null,
    recorded_by   varchar(64)    not null,
    foreign key (agreement_id, currency) references training_reserve (agreement_id, currency)
);

create index training_reserve_entry_idx on training_reserve_entry (agreement_id, currency, id);

create table training_payment (
    id           bigint generated always as identity primary key,
    enrolment_id bigint         not null references training_enrolment (id),
    amount       numeric(15, 2) not null check (amount > 0),
    currency     varchar(3)     not null,
    paid_on      date           not null,
    reference    varchar(100)   not null,
    recorded_at  timestamptz    not null,
    recorded_by  varchar(64)    not null,
    unique (enrolment_id, reference)
);
