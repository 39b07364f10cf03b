-- The sanctions list partners are screened against, as last imported (the UN Security Council
-- consolidated list). An import replaces it whole, in one transaction: one row here at most.
create table sanctions_list (
    id           bigint generated always as identity primary key,
    source       varchar(100) not null,
    generated_at timestamptz  not null,
    imported_by  varchar(64)  not null,
    imported_at  timestamptz  not null
);

create table sanctions_list_entry (
    id               bigint generated always as identity primary key,
    list_id          bigint      not null references sanctions_list (id) on delete cascade,
    name             text        not null,
    aliases          varchar[]   not null,
    list_type        text        not null,
    reference_number text        not null,
    listed_on        date
);
create index sanctions_list_entry_list_idx on sanctions_list_entry (list_id);

-- One review per partner and listed entry (its permanent reference number, stable across the
-- list's versions): a match under review or already decided does not start another, on any node.
create table sanctions_review (
    id                  bigint generated always as identity primary key,
    partner_code        varchar(12) not null references partner (code),
    reference_number    text        not null,
    status              varchar(20) not null default 'OPEN',
    process_instance_id varchar(64),
    started_at          timestamptz not null,
    decided_at          timestamptz,
    decided_by          varchar(64),
    constraint sanctions_review_once unique (partner_code, reference_number),
    constraint sanctions_review_status check (status in ('OPEN', 'FALSE_POSITIVE', 'CONFIRMED_MATCH'))
);
