-- Every change of a send record's state writes a new row version into each index whose columns
-- or condition mention the state. Two changes per copy (claimed, then its result) on 1,800,000
-- copies: the send records keep only the indexes that the claims, the results, the recovery of
-- a stopped node's records and the indicators read, most of them partial, so that a record
-- enters only the index of its current state.
drop index newsletter_send_claim;
drop index newsletter_send_by_company;
create index newsletter_send_in_flight on newsletter_send (issue_id, claimed_by) where state = 'SENDING';
create index newsletter_send_delivered on newsletter_send (company_id) where state = 'DELIVERED';
