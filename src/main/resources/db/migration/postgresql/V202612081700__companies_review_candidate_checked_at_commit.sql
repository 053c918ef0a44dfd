-- A row left for review names the company it probably is (candidate_id), often one that an
-- earlier chunk of the same import creates. Chunks are written two at a time on two
-- connections, each committing after the one before it; checked at once, the foreign key could
-- not see a company the chunk before has not committed yet, so such a chunk had to wait for it
-- instead of being written meanwhile. Checked at commit, by which time the chunk before has
-- committed, it holds the same guarantee without the wait (decision 0032).
alter table import_row alter constraint import_row_candidate_id_fkey deferrable initially deferred;
