-- Workers claim the open send records in id order: a partial index holds only those, so a
-- claim does not walk past the records already delivered (1,800,000 over the programme).
create index newsletter_send_open on newsletter_send (id) where state in ('PENDING', 'DEFERRED');
