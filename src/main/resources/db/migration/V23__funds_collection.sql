-- Following the money: each instalment's call for funds and the receipts finance records against
-- it. A receipt is never edited or deleted; a mistaken one is reversed.

-- One row per instalment whose collection started (when the agreement became ACTIVE): what it is
-- expected to be worth in USD then, and its call once it falls due.
create table instalment_collection (
    agreement_id      bigint         not null references agreement (id) on delete cascade,
    instalment_number integer        not null,
    amount            numeric(19, 2) not null check (amount > 0),
    currency          char(3)        not null,
    expected_usd      numeric(19, 2) not null,
    started_on        date           not null,
    called_on         date,
    pay_by            date,
    call_document_id  bigint references document (id),
    cancelled_on      date,
    primary key (agreement_id, instalment_number),
    check ((called_on is null) = (pay_by is null))
);

create table receipt (
    id                     bigint generated always as identity primary key,
    agreement_id           bigint         not null references agreement (id) on delete cascade,
    instalment_number      integer        not null,
    amount                 numeric(19, 2) not null check (amount > 0),
    currency               char(3)        not null,
    value_date             date           not null,
    -- The bank's own reference for the credit: the same advice recorded twice, by two clerks or
    -- by a retry, is refused here, so money is never counted twice.
    bank_reference         varchar(100)   not null unique,
    -- The rate in force at the value date (as it was recorded: USD per unit, or the UN's units
    -- per USD), and what the receipt is worth in USD and towards its instalment (in the
    -- instalment's currency) at that rate.
    rate_effective_date    date           not null,
    rate_usd_per_unit      numeric(22, 10),
    rate_units_per_usd     numeric(22, 10),
    amount_usd             numeric(19, 2) not null,
    toward_instalment      numeric(19, 2) not null,
    -- amount_usd less what that part of the instalment was expected to be worth in USD.
    exchange_difference_usd numeric(19, 2) not null,
    overpayment            boolean        not null,
    recorded_by            varchar(255)   not null,
    recorded_at            timestamptz    not null,
    reversed_by            varchar(255),
    reversed_at            timestamptz,
    reversal_reason        varchar(2000),
    foreign key (agreement_id, instalment_number)
        references instalment_collection (agreement_id, instalment_number),
    check ((reversed_at is null) = (reversed_by is null)),
    check (reversed_by is null or reversed_by <> recorded_by)
);
create index receipt_instalment_idx on receipt (agreement_id, instalment_number);

alter table document drop constraint document_kind_check;
alter table document add constraint document_kind_check check (kind in
    ('MOU', 'SIGNED_MOU', 'DUE_DILIGENCE_SUMMARY', 'PROGRESS_REPORT', 'CONSOLIDATED_REPORT',
     'CALL_FOR_FUNDS'));

-- A message may carry one document, such as the call for funds sent to the donor.
alter table notification add column attachment_name varchar(200);
alter table notification add column attachment_type varchar(100);
alter table notification add column attachment bytea;
