-- Only establishments name their company (company_id); every other record, nearly all of them,
-- has none. The index on company_id now holds the establishments only: a first import no longer
-- adds an entry to it for each new record (decision 0046). Every use of the index looks for
-- records of one company (company_id = …), which implies a company is named.
drop index organisation_by_company;
create index organisation_by_company on organisation (company_id) where company_id is not null;
