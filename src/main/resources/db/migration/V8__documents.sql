-- Documents generated for an agreement: each kind numbered by version, kept with its SHA-256 so
-- that the copy served later can be checked against the one signed.
create table document (
    id            bigint generated always as identity primary key,
    agreement_id  bigint       not null references agreement (id) on delete cascade,
    kind          varchar(30)  not null check (kind in
        ('MOU', 'DUE_DILIGENCE_SUMMARY', 'PROGRESS_REPORT', 'CONSOLIDATED_REPORT')),
    version       integer      not null,
    file_name     varchar(200) not null,
    sha256        char(64)     not null,
    size_bytes    integer      not null,
    content       bytea        not null,
    created_at    timestamptz  not null,
    -- Generating again (a retried step) finds the version there and adds none.
    unique (agreement_id, kind, version)
);
