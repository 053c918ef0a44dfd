-- A French company and its establishments: a record identified by a SIRET is an establishment of
-- the company whose SIREN starts it. The company is the record identified by that SIREN or, while
-- the registry has none, the first record of one of its SIRETs. company_id names it; a company
-- itself, and any record that is not French, has none. Kept in step by the registry's writes.
alter table organisation add column company_id bigint;
alter table organisation add constraint organisation_company foreign key (company_id) references organisation (id) on delete set null;
create index organisation_by_company on organisation (company_id);

update organisation o set company_id = nullif((
        select coalesce(min(case when h.identifier_kind = 'SIREN' then h.id end), min(h.id)) from organisation h
        where h.country = 'FR' and h.identifier_kind in ('SIREN', 'SIRET')
          and h.identifier between substr(o.identifier, 1, 9) and substr(o.identifier, 1, 9) || '99999'), o.id)
where o.country = 'FR' and o.identifier_kind = 'SIRET';
