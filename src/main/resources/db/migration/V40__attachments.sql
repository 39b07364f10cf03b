-- Files attached to an agreement or to one of its progress reports, amendments or due diligence
-- (issue 23). The bytes are a PostgreSQL large object (ADR 0013): written and read in chunks, in
-- the transaction that records the row, so a failed upload leaves neither row nor object.
create table attachment (
    id             bigint generated always as identity primary key,
    agreement_id   bigint        not null references agreement (id),
    subject_kind   varchar(20)   not null
        check (subject_kind in ('AGREEMENT', 'PROGRESS_REPORT', 'AMENDMENT', 'DUE_DILIGENCE')),
    -- Which of the agreement's: the reporting period's number, the amendment's number.
    subject_number integer check (subject_number > 0),
    type           varchar(20)   not null
        check (type in ('SIGNED_MOU_SCAN', 'BANK_LETTER', 'AUDIT_REPORT', 'EVIDENCE_OF_RESULTS',
                        'CORRESPONDENCE', 'OTHER')),
    visibility     varchar(20)   not null check (visibility in ('AGENCY_ONLY', 'SHARED_WITH_PARTNER')),
    description    varchar(2000),
    file_name      varchar(255)  not null,
    -- Detected from the bytes, never the client's.
    content_type   varchar(100)  not null,
    size_bytes     bigint        not null check (size_bytes > 0),
    sha256         char(64)      not null,
    content        oid           not null unique,
    uploaded_by    varchar(255)  not null,
    uploaded_at    timestamptz   not null,
    check ((subject_kind in ('PROGRESS_REPORT', 'AMENDMENT')) = (subject_number is not null))
);

create index attachment_by_agreement on attachment (agreement_id, subject_kind, subject_number, id);

-- A large object is not freed with the row that names it: unlink it when the row goes.
create function attachment_unlink_content() returns trigger
language plpgsql as $$
begin
    perform lo_unlink(old.content);
    return old;
end
$$;

create trigger attachment_content_unlinked after delete on attachment
    for each row execute function attachment_unlink_content();
