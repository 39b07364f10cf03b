-- How each agreement's cash balance was settled before it closed: refunded to the donor (an
-- outgoing payment), reprogrammed with the donor's written agreement, or, when more was spent than
-- received, covered by the agency. One settlement per agreement: nothing is settled twice.

create table settlement (
    agreement_id            bigint primary key references agreement (id) on delete cascade,
    decision                varchar(20)    not null check (decision in ('REFUND', 'REPROGRAMME',
                                'COVERED_BY_AGENCY')),
    -- The balance settled (received less spent, in the agreement's currency): positive when money
    -- is left, negative when the agency pre-financed.
    balance                 numeric(19, 2) not null,
    currency                char(3)        not null,
    refund_value_date       date,
    refund_bank_reference   varchar(100) unique,
    donor_consent_reference varchar(200),
    donor_consent_date      date,
    note                    varchar(2000),
    settled_by              varchar(255)   not null,
    settled_at              timestamptz    not null,
    check ((decision = 'REFUND') = (refund_bank_reference is not null)),
    check ((decision = 'REFUND') = (refund_value_date is not null)),
    check ((decision = 'REPROGRAMME') = (donor_consent_reference is not null)),
    check (decision <> 'REFUND' or balance > 0),
    check (decision <> 'REPROGRAMME' or balance > 0),
    check (decision <> 'COVERED_BY_AGENCY' or balance <= 0)
);
