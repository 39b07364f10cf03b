-- Separation of duties is checked on the person across every process of an agreement: each act
-- keeps the process instance it belongs to (the case: the agreement's own process, one amendment,
-- one reporting period), so that a rule can hold within one amendment or one report.
alter table agreement_decision add column case_id varchar(64);
-- The comment that came with the decision: it leaves the process before a partner is given a task
-- in it (the agency's internal comments), and stays here for the agency.
alter table agreement_decision add column comment varchar(4000);

-- Proposing and requesting an amendment are duties too (the initiator may not screen, approve or
-- sign; the requester may not endorse or approve): the acts that came before this table had them.
insert into agreement_decision (agreement_id, task_key, decision, decided_by, decided_at, round_id, case_id)
select id, 'proposeAgreement', 'PROPOSED', initiator, created_at,
       coalesce(process_instance_id, reference), process_instance_id
  from agreement
 where initiator is not null;

insert into agreement_decision (agreement_id, task_key, decision, decided_by, decided_at, round_id, case_id)
select agreement_id, 'requestAmendment', 'REQUESTED', requested_by, requested_at,
       coalesce(process_instance_id, agreement_id || '-' || number), process_instance_id
  from amendment;
