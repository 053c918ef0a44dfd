-- A French company and its establishments: a record identified by a SIRET is an establishment of
-- the company whose SIREN starts it. The company is the record identified by that SIREN or, while
-- the registry has none, the first record of one of its SIRETs. company_id names it; a company
-- itself, and any record that is not French, has none. Kept in step by the registry's writes.
alter table organisation add column company_id bigint;
alter table organisation add constraint organisation_company foreign key (company_id) references organisation (id) on delete set null;
create index organisation_by_company on organisation (company_id);

merge into organisation o
using (select r.id, nullif(c.company, r.id) as company
       from (select id, substr(identifier, 1, 9) as siren from organisation
             where country = 'FR' and identifier_kind in ('SIREN', 'SIRET')) r
       join (select substr(identifier, 1, 9) as siren,
                    coalesce(min(case when identifier_kind = 'SIREN' then id end), min(id)) as company
             from organisation where country = 'FR' and identifier_kind in ('SIREN', 'SIRET')
             group by substr(identifier, 1, 9)) c on c.siren = r.siren) s
on o.id = s.id
when matched and s.company is not null then update set company_id = s.company;
