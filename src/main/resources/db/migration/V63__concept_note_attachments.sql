-- A member's concept note carries files too (issue 23): such an attachment belongs to the note,
-- not to an agreement, and stays the note's after it becomes a proposal. Exactly one of the two
-- owns each attachment.
alter table attachment alter column agreement_id drop not null;
alter table attachment add column concept_note_id bigint references concept_note (id);
alter table attachment drop constraint attachment_subject_kind_check;
alter table attachment add constraint attachment_subject_kind_check
    check (subject_kind in ('AGREEMENT', 'PROGRESS_REPORT', 'AMENDMENT', 'DUE_DILIGENCE', 'CONCEPT_NOTE'));
alter table attachment add constraint attachment_one_owner
    check ((subject_kind = 'CONCEPT_NOTE') = (concept_note_id is not null)
           and (agreement_id is null) = (concept_note_id is not null));

create index attachment_by_concept_note on attachment (concept_note_id, id) where concept_note_id is not null;
