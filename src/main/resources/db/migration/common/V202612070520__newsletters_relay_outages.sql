-- Since when the relay has been refusing or unreachable from a delivering node, and why; written
-- with each heartbeat, so that every node's delivery page shows an outage seen by any of them.
alter table newsletter_node add column relay_down_since timestamp with time zone;
alter table newsletter_node add column relay_problem varchar(300);
