-- Advisors whose accounts were deactivated (from accounts' AccountDeactivated): their open
-- missions are listed to the partner's managers for reassignment.
create table mission_departed_advisor (
    account_id     bigint primary key,
    display_name   varchar(200) not null,
    partner_id     varchar(60),
    deactivated_at timestamp with time zone not null
);
