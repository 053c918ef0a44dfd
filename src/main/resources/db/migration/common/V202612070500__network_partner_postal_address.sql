-- A partner's postal address (partners.yml, "address"): the lead partner's is the sender's address
-- printed in every newsletter copy.
ALTER TABLE partner ADD COLUMN postal_address VARCHAR(300);
