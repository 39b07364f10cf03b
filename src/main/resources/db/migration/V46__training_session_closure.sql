-- The closure of a training session (issue 19, item 5): the revenue it brought (the fees received
-- from its confirmed participants), its costs as the cooperation terms allocate them, the reserve's
-- share credited to the reserve for free seats, each party's share, and finance's payment of the
-- partner's share. The percentages are those of the terms when the session closed.
create table training_session_closure (
    session_id      bigint primary key references training_session (id),
    currency        varchar(3)     not null,
    revenue         numeric(15, 2) not null check (revenue >= 0),
    reserve_percent numeric(5, 2)  not null,
    agency_percent  numeric(5, 2)  not null,
    partner_percent numeric(5, 2)  not null,
    reserve_share   numeric(15, 2) not null check (reserve_share >= 0),
    agency_share    numeric(15, 2) not null check (agency_share >= 0),
    partner_share   numeric(15, 2) not null check (partner_share >= 0),
    agency_costs    numeric(15, 2) not null check (agency_costs >= 0),
    partner_costs   numeric(15, 2) not null check (partner_costs >= 0),
    closed_at       timestamptz    not null,
    closed_by       varchar(64)    not null,
    -- Finance's payment of the partner's share; null until it is recorded.
    paid_amount     numeric(15, 2) check (paid_amount > 0),
    paid_on         date,
    bank_reference  varchar(100),
    paid_at         timestamptz,
    paid_by         varchar(64),
    constraint training_session_closure_shares_check
        check (reserve_share + agency_share + partner_share = revenue),
    constraint training_session_closure_payment_check
        check ((paid_amount is null) = (paid_on is null) and (paid_on is null) = (bank_reference is null))
);

-- Each cost of the session as the officer stated it, and the part each party bears by the terms.
create table training_session_cost (
    id            bigint generated always as identity primary key,
    session_id    bigint         not null references training_session_closure (session_id),
    item          varchar(300)   not null,
    borne_by      varchar(10)    not null check (borne_by in ('AGENCY', 'PARTNER', 'SHARED')),
    amount        numeric(15, 2) not null check (amount > 0),
    agency_part   numeric(15, 2) not null check (agency_part >= 0),
    partner_part  numeric(15, 2) not null check (partner_part >= 0),
    constraint training_session_cost_parts_check check (agency_part + partner_part = amount)
);

create index training_session_cost_session_idx on training_session_cost (session_id, id);
