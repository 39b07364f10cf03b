-- A member may be party to an agreement beside its lead partner (issue 23: a concept note accepted
-- "with the member as co-partner"). The lead partner stays agreement.partner_code: its
-- representatives sign off and sign the MoU. A co-partner reads the agreement (the portal, the
-- API) as a party to it, and is given none of the lead partner's tasks.
create table agreement_co_partner (
    agreement_id bigint      not null references agreement (id),
    partner_code varchar(12) not null references partner (code),
    primary key (agreement_id, partner_code)
);

-- What a partner's representatives read: the agreements of their organization as co-partner.
create index agreement_co_partner_by_partner on agreement_co_partner (partner_code, agreement_id);

-- What the partners would contribute and what they seek from the agency, in their own words (a
-- concept note's), for the officers who screen and revise the proposal.
alter table agreement add column contribution varchar(2000);
alter table agreement add column sought varchar(2000);
