-- The managers' dashboard reads the newest training cooperations at every visit (and their
-- partners): without an index of their own, that read every agreement, 133 ms on a million
-- agreements (issue 22's load test). Training cooperations are a few among them.
create index agreement_training_cooperation_idx
    on agreement (id)
    where type = 'TRAINING_COOPERATION';
