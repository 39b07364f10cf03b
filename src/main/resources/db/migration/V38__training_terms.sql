-- The cooperation terms of a training cooperation (issue 19, item 1): its fees, the revenue share
-- between the agency and the partner with the reserve for free LDC/SIDS seats taken before it, how
-- the partner is recognized; its courses and the costs each side bears, one row each. Replaced as a
-- whole while the agreement is prepared; after signature only an amendment changes them, and the
-- amendment keeps them before and after.
create table training_terms (
    agreement_id       bigint        primary key references agreement (id) on delete cascade,
    currency           varchar(3)    not null,
    -- Per participant: the standard fee, and the reduced fee for nationals of developing
    -- countries; nationals of LDCs and SIDS take free seats the reserve funds.
    standard_fee       numeric(15, 2) not null check (standard_fee > 0),
    developing_fee     numeric(15, 2) not null check (developing_fee >= 0 and developing_fee <= standard_fee),
    -- Percentages: the reserve's share of the revenue first, the rest split agency/partner.
    reserve_share      numeric(5, 2) not null check (reserve_share between 0 and 100),
    agency_share       numeric(5, 2) not null check (agency_share between 0 and 100),
    partner_share      numeric(5, 2) not null check (partner_share between 0 and 100),
    co_host_on_certificates  boolean not null,
    branding_on_course_pages boolean not null,
    listed_as_partner        boolean not null,
    constraint training_terms_split_check check (agency_share + partner_share = 100)
);

create table training_terms_course (
    agreement_id bigint       not null references training_terms (agreement_id) on delete cascade,
    position     integer      not null,
    title        varchar(300) not null,
    topic        varchar(300) not null,
    -- AGENCY, PARTNER or JOINT.
    delivered_by varchar(10)  not null,
    primary key (agreement_id, position)
);

create table training_terms_cost (
    agreement_id bigint       not null references training_terms (agreement_id) on delete cascade,
    position     integer      not null,
    item         varchar(300) not null,
    -- AGENCY, PARTNER or SHARED; a shared cost says the agency's percentage, the partner bearing
    -- the rest.
    borne_by     varchar(10)  not null,
    agency_share numeric(5, 2) check (agency_share > 0 and agency_share < 100),
    constraint training_terms_cost_share_check check ((borne_by = 'SHARED') = (agency_share is not null)),
    primary key (agreement_id, position)
);
