-- The recovery of a stopped node's copies reads the claimed ones as well as the handed ones; the
-- issue page lists the uncertain ones.
drop index newsletter_send_in_flight;
create index newsletter_send_in_flight on newsletter_send (issue_id, claimed_by) where state in ('CLAIMED', 'SENDING');
create index newsletter_send_uncertain on newsletter_send (issue_id, id) where state = 'UNCERTAIN';
