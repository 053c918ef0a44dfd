-- Imports write a provenance row and one or two consent events for each row of a partner's
-- file. Their partner is the import's, checked once by import_job's foreign key; checking it
-- again for every provenance row and consent event took about a sixth of a first import's
-- database time. Those two foreign keys go; instead a partner, once created, can be neither
-- deleted nor renamed, so that every partner id the registry holds stays a partner's.
alter table organisation_partner drop constraint organisation_partner_partner_id_fkey;
alter table consent_event drop constraint consent_event_source_partner_id_fkey;

create function partner_kept() returns trigger language plpgsql as $$
begin
    raise exception 'a partner cannot be deleted or get another id (partner %)', old.id
        using errcode = 'foreign_key_violation';
end
$$;
create trigger partner_kept before delete or update of id on partner
    for each row execute function partner_kept();

-- The search of e-mail addresses ("%text%" in contact.email_key) is planned as one scan of the
-- contacts whatever the index, so the trigram index on them only cost time at every write
-- (about a third of the time of writing a contact).
drop index contact_email_trigram;
