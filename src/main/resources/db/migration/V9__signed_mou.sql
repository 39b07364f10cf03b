-- The MoU as both parties signed it, sealed with the agency's PAdES signature.
alter table document drop constraint document_kind_check;
alter table document add constraint document_kind_check check (kind in
    ('MOU', 'SIGNED_MOU', 'DUE_DILIGENCE_SUMMARY', 'PROGRESS_REPORT', 'CONSOLIDATED_REPORT'));
